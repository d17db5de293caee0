using Corridor.BuildingBlocks.ChangeFeed;
using Corridor.BuildingBlocks.Outbox;
using Corridor.BuildingBlocks.Persistence;
using Corridor.Contracts.Events;
using Corridor.Lists.Infrastructure;
using Corridor.TestKit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace Corridor.Lists.Tests.ChangeFeed;

/// <summary>
/// The clean-up and the journal compaction delete in statements of a bounded number of rows, so neither holds SQLite's
/// single writer lock (which every write of the service needs) for the whole of a large deletion.
/// </summary>
public sealed class BatchedCleanupTests
{
    private const int Batch = 1000;
    private static readonly DateTime Long = DateTime.UtcNow.AddDays(-60);

    [Fact]
    public async Task Old_outbox_rows_and_superseded_journal_entries_are_deleted_a_batch_per_statement_until_none_is_left()
    {
        await using var file = new SqliteTestDatabase("cleanup");
        var recorded = new RecordedCommands();
        var options = new DbContextOptionsBuilder<SqliteListsDbContext>()
            .UseSqlite(file.ConnectionString, s => s.MigrationsAssembly(MigrationsAssemblies.Sqlite<SqliteListsDbContext>()))
            .AddInterceptors(recorded)
            .Options;
        var record = Guid.NewGuid();
        await using (var seed = new SqliteListsDbContext(options))
        {
            await seed.Database.MigrateAsync();
            seed.OutboxMessages.AddRange(Enumerable.Range(1, (2 * Batch) + 500)
                .Select(v => OutboxMessage.From(new ProblemUrged(record, "450900", "450900", "organ", "451100", v, Long))));
            seed.ChangeJournal.AddRange(Enumerable.Range(1, (2 * Batch) + 1)
                .Select(v => ChangeJournalEntry.For("problem", record, "450900", ChangeKind.Updated, v, "{}", "someone", Long)));
            await seed.SaveChangesAsync();
            await seed.OutboxMessages.ExecuteUpdateAsync(s => s.SetProperty(m => m.DispatchedAt, Long));
        }

        var services = new ServiceCollection()
            .AddScoped<ListsDbContext>(_ => new SqliteListsDbContext(options))
            .AddSingleton(new ChangeFeedOptions { Retention = TimeSpan.FromDays(30), PruneBatchSize = Batch })
            .BuildServiceProvider();
        var cleanup = new MessageStoreCleanup<ListsDbContext>(
            services.GetRequiredService<IServiceScopeFactory>(),
            new OutboxOptions { Retention = TimeSpan.FromDays(7), CleanupBatchSize = Batch },
            TimeProvider.System,
            NullLogger<MessageStoreCleanup<ListsDbContext>>.Instance);
        recorded.Clear();

        var (outbox, _, _) = await cleanup.CleanAsync(CancellationToken.None);

        Assert.Equal((2 * Batch) + 500, outbox);
        await using (var db = new SqliteListsDbContext(options))
        {
            Assert.Equal(0, await db.OutboxMessages.CountAsync());
            Assert.Equal(2 * Batch + 1, await db.ChangeJournal.MaxAsync(e => e.Version));
            Assert.Equal(1, await db.ChangeJournal.CountAsync());
        }

        var deletes = recorded.Commands.Where(c => c.TrimStart().StartsWith("DELETE", StringComparison.Ordinal)).ToArray();
        Assert.Equal(3, deletes.Count(d => d.Contains("\"OutboxMessages\"", StringComparison.Ordinal)));
        Assert.Equal(3, deletes.Count(d => d.Contains("\"ChangeJournal\"", StringComparison.Ordinal)));
        Assert.All(deletes, d => Assert.Contains("LIMIT", d, StringComparison.Ordinal));
    }
}
