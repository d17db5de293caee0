using System.Globalization;
using Corridor.Sync.Feeds;

namespace Corridor.Sync.Tests.Pull;

/// <summary>
/// An in-memory change journal with the feed's rules: positions in order, a read from the start answers the
/// compacted journal (the latest entry of every record, tombstones included), a cursor older than the retention
/// horizon answers 410, and reads can be made to fail to stand in for a crash.
/// </summary>
internal sealed class JournalFeed(SyncService service) : IChangeFeed
{
    private readonly List<ChangeEntry> _journal = [];

    public SyncService Service => service;

    /// <summary>Cursors before this position are expired.</summary>
    public int RetainedFrom { get; set; }

    /// <summary>Read calls left before one throws (null: never).</summary>
    public int? FailAfterReads { get; set; }

    public int Reads { get; private set; }

    /// <summary>False: a read from the start hands out ordinary cursors, which the retention horizon expires again.</summary>
    public bool SnapshotCursors { get; set; } = true;

    public void Write(string id, long version, string title = "t") =>
        _journal.Add(Changes.Upsert(Next(), id, version, title));

    public void Remove(string id, long version) => _journal.Add(Changes.Delete(Next(), id, version));

    /// <summary>Drops the journal before <paramref name="position"/> except each record's latest entry (tombstones before it go entirely).</summary>
    public void Compact(int position)
    {
        var latest = Latest().Select(e => e.Position).ToHashSet();
        _journal.RemoveAll(e => Position(e) < position && (!latest.Contains(e.Position) || e.IsDelete));
        RetainedFrom = position;
    }

    public Task<ChangePage> ReadChangesAsync(string? after, int limit, CancellationToken cancellationToken)
    {
        Reads++;
        if (FailAfterReads is { } left)
        {
            if (left == 0)
            {
                throw new HttpRequestException("The connection was reset (test).");
            }

            FailAfterReads = left - 1;
        }

        // A read from the start hands out snapshot cursors ("s…"): the compacted journal holds no pruned entry after them
        // that matters, since the reader removes what it did not see; only an incremental cursor can miss a pruned delete.
        var snapshot = after is null || after.StartsWith('s');
        var from = after is null ? -1 : int.Parse(after.TrimStart('s'), CultureInfo.InvariantCulture);
        if (!snapshot && from + 1 < RetainedFrom)
        {
            throw new CursorExpiredException(service.Name, "change-feed.cursor-expired");
        }

        var source = snapshot ? Latest().OrderBy(Position).Where(e => Position(e) > from) : _journal.Where(e => Position(e) > from);
        var page = source.Take(limit + 1).ToList();
        var hasMore = page.Count > limit;
        page = page.Take(limit).ToList();
        var last = page.Count > 0 ? page[^1].Position : from.ToString(CultureInfo.InvariantCulture);
        return Task.FromResult(new ChangePage(page, SnapshotCursors && snapshot && hasMore ? "s" + last : last, hasMore));
    }

    public Task<StatePage> ReadStateAsync(string? after, int limit, CancellationToken cancellationToken) =>
        Task.FromResult(new StatePage(
            Latest().Where(e => !e.IsDelete).Select(e => new StateRecord(e.RecordType, e.RecordId, e.Region, e.Version, e.ContentHash)).ToList(),
            null,
            false));

    private IEnumerable<ChangeEntry> Latest() =>
        _journal.GroupBy(e => (e.RecordType, e.RecordId)).Select(g => g.MaxBy(Position)!);

    private string Next() => (_journal.Count == 0 ? 0 : Position(_journal[^1]) + 1).ToString(CultureInfo.InvariantCulture);

    private static int Position(ChangeEntry entry) => int.Parse(entry.Position, CultureInfo.InvariantCulture);
}
