namespace Corridor.BuildingBlocks.Domain;

/// <summary>The caller's If-Match names a version that is no longer current (HTTP 412).</summary>
public sealed class PreconditionFailedException(long currentVersion)
    : Exception($"The record is at version {currentVersion}; reload it and apply your change again.")
{
    public long CurrentVersion { get; } = currentVersion;
}
