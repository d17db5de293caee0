using Corridor.BuildingBlocks.ChangeFeed;
using Corridor.BuildingBlocks.Idempotency;
using Corridor.BuildingBlocks.Inbox;
using Corridor.BuildingBlocks.Outbox;
using Corridor.Contracts.Events;
using Corridor.Lists.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Corridor.Lists.Tests.ChangeFeed;

/// <summary>
/// Replicas of the Lists service running the message-store cleanup (outbox, inbox, idempotency records and the
/// change-journal compaction) at the same time over one SQLite file: afterwards exactly what one cleanup leaves
/// remains, every row that must stay is there, each deleted row was deleted by one of them, the horizon stands where
/// one cleanup puts it, and neither replica failed (a "database is locked" would).
/// </summary>
/// <remarks>
/// Here rather than in the building blocks' tests: the replicas are the Lists service as production wires it — its
/// migrated schema (the seeded horizon row, the journal's indexes), the cleanup's options, the change-feed options and
/// the SQLite pragmas its context opens connections with.
/// </remarks>
public sealed class MessageStoreCleanupRaceTests() : ListsReplicaRace("lists-cleanup-race")
{
    private const int PruneBatchSize = 5;
    private static readonly DateTime Now = new(2026, 6, 20, 2, 0, 0, DateTimeKind.Utc);
    private static readonly TimeSpan Retention = TimeSpan.FromDays(7);
    private static readonly TimeSpan KeyRetention = TimeSpan.FromDays(2);
    private static readonly TimeSpan FeedRetention = TimeSpan.FromDays(30);

    [Theory]
    [InlineData(2, 3)]
    [InlineData(3, 3)]
    public async Task Replicas_cleaning_at_once_leave_exactly_what_one_cleanup_leaves(int replicas, int rounds)
    {
        var services = Replicas(replicas);
        var store = await SeedAsync(services[0]);

        var cleaned = await ListsReplica.RaceAsync(services, rounds, replica =>
            ActivatorUtilities.CreateInstance<MessageStoreCleanup<ListsDbContext>>(replica.Services).CleanAsync(CancellationToken.None));

        Assert.Equal(store.OldDispatched.Count, cleaned.Sum(c => c.Outbox));
        Assert.Equal(store.OldInbox.Count, cleaned.Sum(c => c.Inbox));
        Assert.Equal(store.OldKeys.Count, cleaned.Sum(c => c.IdempotencyRecords));
        await AssertLeftAsync(services[0], store);

        // Nothing is left for another cleanup to do.
        Assert.Equal((0, 0, 0), await ActivatorUtilities.CreateInstance<MessageStoreCleanup<ListsDbContext>>(services[0].Services).CleanAsync(CancellationToken.None));
        await AssertLeftAsync(services[0], store);
    }

    private static async Task AssertLeftAsync(ListsReplica replica, SeededStore store)
    {
        var outbox = await replica.QueryAsync(db => db.OutboxMessages.Select(m => m.MessageId).ToListAsync());
        Assert.Equal(store.KeptOutbox.Order(), outbox.Order());
        var inbox = await replica.QueryAsync(db => db.InboxRecords.Select(r => r.MessageId).ToListAsync());
        Assert.Equal(store.KeptInbox.Order(), inbox.Order());
        var keys = await replica.QueryAsync(db => db.IdempotencyRecords.Select(r => r.Key).ToListAsync());
        Assert.Equal(store.KeptKeys.Order(), keys.Order());
        var journal = await replica.QueryAsync(db => db.ChangeJournal.Select(e => new { e.RecordId, e.Version }).ToListAsync());
        Assert.Equal(store.KeptJournal.Order(), journal.Select(e => (e.RecordId, e.Version)).Order());
        Assert.Equal(store.ExpectedHorizon, await replica.QueryAsync(db => db.ChangeFeedHorizons.Select(h => h.PrunedThrough).SingleAsync()));
    }

    private List<ListsReplica> Replicas(int count)
    {
        var settings = new Dictionary<string, string?>
        {
            [$"{OutboxOptions.Section}:{nameof(OutboxOptions.Retention)}"] = Retention.ToString(),
            [$"{OutboxOptions.Section}:{nameof(OutboxOptions.IdempotencyKeyRetention)}"] = KeyRetention.ToString(),
            [$"{ChangeFeedOptions.Section}:{nameof(ChangeFeedOptions.Retention)}"] = FeedRetention.ToString(),
            // Fewer than the old tombstones: the replicas prune them over several runs, racing for the same batches.
            [$"{ChangeFeedOptions.Section}:{nameof(ChangeFeedOptions.PruneBatchSize)}"] = PruneBatchSize.ToString(),
        };
        return AddReplicas(count, new TestClock(Now), settings);
    }

    private static async Task<SeededStore> SeedAsync(ListsReplica replica)
    {
        var store = new SeededStore();
        var cutoff = Now - Retention;
        var oldDispatched = await AddOutboxAsync(replica, 40, Now.AddDays(-20), dispatchedAt: cutoff.AddHours(-1));
        var recentlyDispatched = await AddOutboxAsync(replica, 10, Now.AddDays(-20), dispatchedAt: Now.AddDays(-1));
        var dispatchedAtTheCutoff = await AddOutboxAsync(replica, 1, Now.AddDays(-20), dispatchedAt: cutoff);
        // However old, a row not yet published (leased by a replica or not) must survive every cleanup.
        var neverDispatched = await AddOutboxAsync(replica, 10, Now.AddDays(-60), dispatchedAt: null);
        var leased = await AddOutboxAsync(replica, 5, Now.AddDays(-60), dispatchedAt: null);
        await replica.QueryAsync(db => db.OutboxMessages.Where(m => leased.Contains(m.MessageId))
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.LeaseToken, Guid.NewGuid()).SetProperty(m => m.LeasedUntil, Now.AddMinutes(1))));
        store.OldDispatched.AddRange(oldDispatched);
        store.KeptOutbox.AddRange([.. recentlyDispatched, .. dispatchedAtTheCutoff, .. neverDispatched, .. leased]);

        await replica.QueryAsync(db =>
        {
            foreach (var (count, receivedAt, list) in new[] { (30, cutoff.AddMinutes(-1), store.OldInbox), (10, cutoff, store.KeptInbox), (10, Now.AddDays(-1), store.KeptInbox) })
            {
                for (var i = 0; i < count; i++)
                {
                    var record = new InboxRecord { MessageId = Guid.NewGuid(), Consumer = "lists-project-approved", MessageType = typeof(ProjectApproved).FullName!, ReceivedAt = receivedAt };
                    db.InboxRecords.Add(record);
                    list.Add(record.MessageId);
                }
            }

            var keyCutoff = Now - KeyRetention;
            foreach (var (count, createdAt, list) in new[] { (20, keyCutoff.AddMinutes(-1), store.OldKeys), (10, keyCutoff, store.KeptKeys), (10, Now.AddHours(-1), store.KeptKeys) })
            {
                for (var i = 0; i < count; i++)
                {
                    var record = new IdempotencyRecord
                    {
                        Caller = "450900/member",
                        Key = Guid.NewGuid().ToString(),
                        RequestHash = new string('0', 64),
                        StatusCode = 201,
                        ContentType = "application/json",
                        ResponseBody = "{}",
                        CreatedAt = createdAt,
                    };
                    db.IdempotencyRecords.Add(record);
                    list.Add(record.Key);
                }
            }

            return db.SaveChangesAsync();
        });

        await SeedJournalAsync(replica, store);
        return store;
    }

    /// <summary>
    /// Records with superseded old entries, records whose only entry is old (kept: it is their snapshot), records
    /// deleted long ago (entry and tombstone pruned, the horizon raised past the tombstone) and records deleted
    /// recently (the old entry goes, the tombstone stays). Each version is written after the previous one, as in life.
    /// </summary>
    private static async Task SeedJournalAsync(ListsReplica replica, SeededStore store)
    {
        var old = Now - FeedRetention - TimeSpan.FromDays(10);
        var recent = Now.AddDays(-1);
        var superseded = Records(10);
        var onlyOld = Records(5);
        var deletedLongAgo = Records(3 * PruneBatchSize - 3);
        var deletedRecently = Records(4);
        await AddJournalAsync(replica, [.. superseded, .. onlyOld, .. deletedLongAgo, .. deletedRecently], 1, ChangeKind.Created, old);
        await AddJournalAsync(replica, superseded, 2, ChangeKind.Updated, old.AddDays(1));
        await AddJournalAsync(replica, deletedLongAgo, 2, ChangeKind.Deleted, old.AddDays(1));
        await AddJournalAsync(replica, deletedRecently, 2, ChangeKind.Deleted, recent);
        await AddJournalAsync(replica, superseded, 3, ChangeKind.StatusChanged, recent);

        store.KeptJournal.AddRange([.. superseded.Select(id => (id, 3L)), .. onlyOld.Select(id => (id, 1L)), .. deletedRecently.Select(id => (id, 2L))]);
        store.ExpectedHorizon = await replica.QueryAsync(db =>
            db.ChangeJournal.Where(e => e.Kind == ChangeKind.Deleted && e.OccurredAt < Now - FeedRetention).MaxAsync(e => e.Id));
        Assert.Equal(0, await replica.QueryAsync(db => db.ChangeFeedHorizons.Select(h => h.PrunedThrough).SingleAsync()));
    }

    private static List<Guid> Records(int count) => Enumerable.Range(0, count).Select(_ => Guid.NewGuid()).ToList();

    private static Task<int> AddJournalAsync(ListsReplica replica, IEnumerable<Guid> records, long version, ChangeKind kind, DateTime at) => replica.QueryAsync(db =>
    {
        foreach (var id in records)
        {
            var content = kind == ChangeKind.Deleted ? null : $$"""{"id":"{{id}}","version":{{version}}}""";
            db.ChangeJournal.Add(ChangeJournalEntry.For("problem", id, "450900", kind, version, content, ChangeActor.System, at));
        }

        return db.SaveChangesAsync();
    });

    private static async Task<List<Guid>> AddOutboxAsync(ListsReplica replica, int count, DateTime occurredAt, DateTime? dispatchedAt)
    {
        var rows = Enumerable.Range(1, count)
            .Select(i => OutboxMessage.From(new AgreementActivated(Guid.NewGuid(), "PairingAgreement", $"协议 {i}", [], 1, occurredAt)))
            .ToList();
        var ids = rows.Select(r => r.MessageId).ToList();
        await replica.QueryAsync(db =>
        {
            db.OutboxMessages.AddRange(rows);
            return db.SaveChangesAsync();
        });
        if (dispatchedAt is { } at)
        {
            await replica.QueryAsync(db => db.OutboxMessages.Where(m => ids.Contains(m.MessageId)).ExecuteUpdateAsync(s => s.SetProperty(m => m.DispatchedAt, at)));
        }

        return ids;
    }

    private sealed class SeededStore
    {
        public List<Guid> OldDispatched { get; } = [];

        public List<Guid> KeptOutbox { get; } = [];

        public List<Guid> OldInbox { get; } = [];

        public List<Guid> KeptInbox { get; } = [];

        public List<string> OldKeys { get; } = [];

        public List<string> KeptKeys { get; } = [];

        public List<(Guid RecordId, long Version)> KeptJournal { get; } = [];

        public long ExpectedHorizon { get; set; }
    }
}
