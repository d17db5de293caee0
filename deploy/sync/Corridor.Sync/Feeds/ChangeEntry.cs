using System.Text.Json;

namespace Corridor.Sync.Feeds;

/// <summary>One entry of a service's change journal as the feed serves it; <see cref="Content"/> is null for a delete.</summary>
public sealed record ChangeEntry(
    string Position,
    string RecordType,
    string RecordId,
    string? Region,
    string Kind,
    long Version,
    string? ContentHash,
    JsonElement? Content,
    string? Actor,
    DateTime? OccurredAt)
{
    public const string Deleted = "Deleted";

    public bool IsDelete => string.Equals(Kind, Deleted, StringComparison.OrdinalIgnoreCase);
}
