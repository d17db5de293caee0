namespace Corridor.BuildingBlocks.ChangeFeed;

/// <summary>The cursor predates pruned deletions (HTTP 410, gRPC OUT_OF_RANGE): the client must re-read from the start.</summary>
public sealed class CursorExpiredException()
    : Exception("The cursor is older than the change journal's retention. Read the feed again from the start (no `after`) and remove the local records of this service that the full read did not return.")
{
    public const string Code = "change-feed.cursor-expired";
}
