namespace Corridor.Agreements.Agreements;

public sealed record DocumentResponse(string Sha256, string Location)
{
    public static DocumentResponse? From(string? sha256, string? location) =>
        sha256 is null || location is null ? null : new DocumentResponse(sha256, location);
}
