using System.Text.Json;

namespace Corridor.BuildingBlocks.ChangeFeed;

public sealed record ChangeResponse(
    string Position,
    string RecordType,
    Guid RecordId,
    string Region,
    string Kind,
    long Version,
    string ContentHash,
    JsonElement? Content,
    string Actor,
    DateTime OccurredAt)
{
    public static ChangeResponse From(PositionedChange change, ChangePage page)
    {
        var e = change.Entry;
        JsonElement? content = e.Content is null ? null : JsonDocument.Parse(e.Content).RootElement.Clone();
        return new ChangeResponse(
            ChangeFeedCursor.Feed(page.CursorAt(change.Position)), e.RecordType, e.RecordId, e.Region, e.Kind.ToString(), e.Version, e.ContentHash, content, e.Actor, e.OccurredAt);
    }
}

/// <param name="Next">The cursor to pass as `after` next; the given one when the page is empty.</param>
public sealed record ChangesResponse(IReadOnlyList<ChangeResponse> Changes, string Next, bool HasMore);

/// <param name="Next">The cursor to pass as `after` for the next page; null on the last page.</param>
public sealed record RecordStatesResponse(IReadOnlyList<RecordState> Records, string? Next, bool HasMore);
