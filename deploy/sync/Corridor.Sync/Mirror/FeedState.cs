namespace Corridor.Sync.Mirror;

/// <summary>Where the mirror stands in one service's feed.</summary>
/// <param name="Cursor">The cursor after the last committed page; null before the first page (or after a re-snapshot began).</param>
/// <param name="Resnapshotting">A re-read from the start is under way: records it does not see are removed when it ends.</param>
public sealed record FeedState(string Service, string? Cursor, bool Resnapshotting, long Generation, long Pages, long Changes);
