using Corridor.BuildingBlocks.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Corridor.BuildingBlocks.ChangeFeed;

/// <summary>
/// Keeps the journal a snapshot plus recent history: an entry older than the retention is dropped once a
/// newer entry of the same record exists (no cursor can miss anything by that), and old tombstones are
/// dropped after the horizon is raised past them (cursors below it get 410). Safe with several replicas:
/// deletes are idempotent and the horizon only moves up.
/// </summary>
public static class ChangeJournalCompaction
{
    public static async Task<(int Superseded, int Tombstones)> CompactAsync(
        ServiceDbContext db, DateTime cutoff, int batchSize, CancellationToken cancellationToken)
    {
        var superseded = await BatchedDelete.RunAsync(
            db.ChangeJournal.Where(e => e.OccurredAt < cutoff
                && db.ChangeJournal.Any(n => n.RecordType == e.RecordType && n.RecordId == e.RecordId && n.Id > e.Id)),
            e => e.Id,
            batchSize,
            cancellationToken);

        var tombstones = await db.ChangeJournal.AsNoTracking()
            .Where(e => e.Kind == ChangeKind.Deleted && e.OccurredAt < cutoff)
            .OrderBy(e => e.Id)
            .Select(e => e.Id)
            .Take(batchSize)
            .ToListAsync(cancellationToken);
        if (tombstones.Count == 0)
        {
            return (superseded, 0);
        }

        var horizon = await HighestPositionAsync(db, tombstones[0], tombstones[^1], cutoff, cancellationToken);
        await db.ChangeFeedHorizons
            .Where(h => h.Id == ChangeFeedHorizon.SingletonId && h.PrunedThrough < horizon)
            .ExecuteUpdateAsync(h => h.SetProperty(x => x.PrunedThrough, horizon), cancellationToken);
        var pruned = await db.ChangeJournal.Where(e => tombstones.Contains(e.Id)).ExecuteDeleteAsync(cancellationToken);
        return (superseded, pruned);
    }

    // The batch is every tombstone older than the cutoff with an id in [firstId, lastId].
    private static async Task<long> HighestPositionAsync(
        ServiceDbContext db, long firstId, long lastId, DateTime cutoff, CancellationToken cancellationToken)
    {
        if (!db.Database.IsSqlServer())
        {
            return lastId;
        }

        var deleted = nameof(ChangeKind.Deleted);
        return await db.Database.SqlQuery<long>($"""
            SELECT MAX(CAST([CommitOrder] AS bigint)) AS [Value] FROM [ChangeJournal]
            WHERE [Id] BETWEEN {firstId} AND {lastId} AND [Kind] = {deleted} AND [OccurredAt] < {cutoff}
            """).SingleAsync(cancellationToken);
    }
}
