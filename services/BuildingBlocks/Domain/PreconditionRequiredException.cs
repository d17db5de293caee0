namespace Corridor.BuildingBlocks.Domain;

/// <summary>An update arrived without naming the version it was based on (HTTP 428), so it could overwrite a change it never saw.</summary>
public sealed class PreconditionRequiredException(string header)
    : Exception($"Send {header} with the version you read (the ETag of your last GET); updates without it could overwrite someone else's change.")
{
    public string Header { get; } = header;
}
