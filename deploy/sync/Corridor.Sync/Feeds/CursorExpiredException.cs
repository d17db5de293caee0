namespace Corridor.Sync.Feeds;

/// <summary>The service no longer holds the journal after the mirror's cursor (410 change-feed.cursor-expired): the mirror must re-snapshot.</summary>
public sealed class CursorExpiredException(string service, string? detail)
    : Exception($"The {service} feed no longer holds the changes after the mirror's cursor{(detail is null ? "" : $" ({detail})")}.");
