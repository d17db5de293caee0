namespace Corridor.Sync.Feeds;

/// <summary>The current version and content hash of one record, computed by the service from the record itself.</summary>
public sealed record StateRecord(string RecordType, string RecordId, string? Region, long Version, string? ContentHash);
