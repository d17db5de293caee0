namespace Corridor.Sync.Mirror;

/// <summary>One mirrored record without its content.</summary>
public sealed record MirrorRecord(string Service, string RecordType, string RecordId, string? Region, long Version, string? ContentHash);
