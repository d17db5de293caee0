namespace Corridor.Sync.Verify;

/// <summary>One record on which the mirror and the service disagree.</summary>
public sealed record Difference(
    string Service, string RecordType, string RecordId, DifferenceKind Kind, string? Source, string? Mirror);
