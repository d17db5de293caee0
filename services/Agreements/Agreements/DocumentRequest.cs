namespace Corridor.Agreements.Agreements;

public sealed record DocumentRequest(string? Sha256, string? Location)
{
    public DocumentReference ToReference() => new(Sha256!, Location!.Trim());
}
