using Corridor.BuildingBlocks.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Corridor.BuildingBlocks.ChangeFeed;

/// <summary>
/// Reads the journal in commit order. SQLite runs one writer at a time, so identity order is commit
/// order. On SQL Server a transaction can take identity 11 and commit after 12 is read; positions there
/// are the rowversion stamped at insert, and only rows below MIN_ACTIVE_ROWVERSION() — all committed —
/// are returned, so a late commit is read later instead of being skipped. With a <see cref="IChangeContentFilter"/>
/// each record's content is served, and hashed, as the caller may see it.
/// </summary>
public sealed class ChangeFeedReader(ServiceDbContext db, ChangeFeedRegistry registry, IChangeContentFilter? filter = null)
{
    public const int DefaultLimit = 200;
    public const int MaxLimit = 1000;

    private const string SqlServerPage = $"""
        SELECT TOP (@limit) j.[Id], j.[RecordType], j.[RecordId], j.[Region], j.[Kind], j.[Version], j.[ContentHash], j.[Content], j.[Actor], j.[OccurredAt],
               CAST(j.[{ChangeJournalConfiguration.CommitOrderColumn}] AS bigint) AS [Position]
        FROM [{ChangeJournalConfiguration.JournalTable}] AS j
        WHERE j.[{ChangeJournalConfiguration.CommitOrderColumn}] > CAST(@after AS binary(8))
          AND j.[{ChangeJournalConfiguration.CommitOrderColumn}] < MIN_ACTIVE_ROWVERSION()
        ORDER BY j.[{ChangeJournalConfiguration.CommitOrderColumn}]
        """;

    public async Task<ChangePage> ReadAsync(FeedCursor cursor, int limit, CancellationToken cancellationToken)
    {
        limit = Math.Clamp(limit <= 0 ? DefaultLimit : limit, 1, MaxLimit);
        var horizon = await db.ChangeFeedHorizons.AsNoTracking().Select(h => h.PrunedThrough).FirstOrDefaultAsync(cancellationToken);
        // A read from the start is the compacted journal: tombstones pruned before it began are not needed,
        // and the cursors it hands out carry today's horizon, so only later pruning can expire them.
        if (cursor.Position > 0 && cursor.IsExpiredBy(horizon))
        {
            throw new CursorExpiredException();
        }

        var after = cursor.Position;

        // One more than asked tells whether another page follows.
        var positioned = db.Database.IsSqlServer()
            ? await ReadSqlServerAsync(after, limit + 1, cancellationToken)
            : await ReadInIdOrderAsync(after, limit + 1, cancellationToken);
        var hasMore = positioned.Count > limit;
        var page = positioned.Take(limit).Select(AsSeen).ToList();
        return new ChangePage(page, page.Count > 0 ? page[^1].Position : after, hasMore, horizon);
    }

    /// <summary>The records as they are now (not as journaled), by record type then id.</summary>
    public async Task<StatePage> ReadStateAsync(string? cursor, int limit, CancellationToken cancellationToken)
    {
        limit = Math.Clamp(limit <= 0 ? DefaultLimit : limit, 1, MaxLimit);
        var (typeIndex, lastId) = ChangeFeedCursor.ParseState(cursor, registry.Types.Count, "after");
        var records = new List<RecordState>();
        while (typeIndex < registry.Types.Count && records.Count < limit)
        {
            var wanted = limit - records.Count;
            var loaded = await registry.Types[typeIndex].LoadStateAsync(db, lastId, wanted, filter, cancellationToken);
            records.AddRange(loaded);
            if (loaded.Count == wanted)
            {
                return new StatePage(records, ChangeFeedCursor.State(typeIndex, loaded[^1].RecordId), true);
            }

            typeIndex++;
            lastId = null;
        }

        return new StatePage(records, null, false);
    }

    private PositionedChange AsSeen(PositionedChange change)
    {
        var e = change.Entry;
        var content = filter is null ? e.Content : filter.ContentFor(e.RecordType, e.Region, e.Content);
        return content == e.Content ? change : change with
        {
            Entry = ChangeJournalEntry.Read(e.Id, e.RecordType, e.RecordId, e.Region, e.Kind, e.Version, ChangeContent.Hash(content), content, e.Actor, e.OccurredAt),
        };
    }

    private async Task<List<PositionedChange>> ReadInIdOrderAsync(long after, int take, CancellationToken cancellationToken)
    {
        var entries = await db.ChangeJournal.AsNoTracking()
            .Where(e => e.Id > after)
            .OrderBy(e => e.Id)
            .Take(take)
            .ToListAsync(cancellationToken);
        return entries.Select(e => new PositionedChange(e.Id, e)).ToList();
    }

    private async Task<List<PositionedChange>> ReadSqlServerAsync(long after, int take, CancellationToken cancellationToken)
    {
        var rows = await db.Database
            .SqlQueryRaw<SqlServerJournalRow>(SqlServerPage, SqlServerParameters.BigInt("@after", after), SqlServerParameters.Int("@limit", take))
            .ToListAsync(cancellationToken);
        return rows.Select(r => new PositionedChange(r.Position, r.ToEntry())).ToList();
    }
}
