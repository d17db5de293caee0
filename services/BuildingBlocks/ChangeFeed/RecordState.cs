namespace Corridor.BuildingBlocks.ChangeFeed;

/// <summary>A record as it is now, for comparing a mirror with the source.</summary>
public sealed record RecordState(string RecordType, Guid RecordId, string Region, long Version, string ContentHash);
