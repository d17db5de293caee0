using Corridor.BuildingBlocks.Idempotency;
using Corridor.BuildingBlocks.Outbox;
using Corridor.Contracts.Events;
using Corridor.TestKit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Corridor.BuildingBlocks.Tests.Outbox;

[Collection(SharedRabbitMq.CollectionName)]
public sealed class OutboxDispatcherTests(SharedRabbitMq rabbitMq)
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    [SkippableFact]
    public async Task Publishes_rows_in_sequence_order_and_marks_each_only_after_it_was_confirmed()
    {
        await using var host = await MessagingTestHost.StartAsync(await rabbitMq.CreateVirtualHostAsync());
        var agreementId = Guid.NewGuid();

        await host.WriteAsync(db =>
        {
            for (var version = 1; version <= 40; version++)
            {
                db.OutboxMessages.Add(OutboxMessage.From(Activated(agreementId, version)));
            }
        });

        await Eventually.TrueAsync(async () => await host.QueryAsync(db => db.Effects.CountAsync()) == 40, Timeout, "all 40 events are consumed");
        var versions = await host.QueryAsync(db => db.Effects.OrderBy(e => e.Id).Select(e => e.AggregateVersion).ToListAsync());
        Assert.Equal(Enumerable.Range(1, 40).Select(v => (long)v), versions);
        Assert.Equal(0, await host.QueryAsync(db => db.OutboxMessages.CountAsync(m => m.DispatchedAt == null)));
    }

    [SkippableFact]
    public async Task A_commit_wakes_the_dispatcher_long_before_its_poll_interval()
    {
        await using var host = await MessagingTestHost.StartAsync(await rabbitMq.CreateVirtualHostAsync(), pollInterval: TimeSpan.FromMinutes(10));
        // Once a first row is dispatched the dispatcher waits for a signal: with a 10-minute poll only a commit can wake it.
        var first = OutboxMessage.From(Activated(Guid.NewGuid(), 1));
        await host.WriteAsync(db => db.OutboxMessages.Add(first));
        await Eventually.TrueAsync(
            async () => await host.QueryAsync(db => db.OutboxMessages.AnyAsync(m => m.MessageId == first.MessageId && m.DispatchedAt != null)),
            Timeout,
            "the first row is dispatched");

        var second = Guid.NewGuid();
        await host.WriteAsync(db => db.OutboxMessages.Add(OutboxMessage.From(Activated(second, 1))));

        await Eventually.TrueAsync(async () => await host.QueryAsync(db => db.Effects.AnyAsync(e => e.AggregateId == second)), Timeout, "the event arrives without waiting 10 minutes for a poll");
    }

    [SkippableFact]
    public async Task A_row_that_commits_late_with_a_lower_sequence_is_still_published()
    {
        await using var host = await MessagingTestHost.StartAsync(await rabbitMq.CreateVirtualHostAsync());
        var early = Guid.NewGuid();
        await host.WriteAsync(db => db.OutboxMessages.Add(OutboxMessage.From(Activated(early, 1))));
        await host.WriteAsync(db => db.OutboxMessages.Add(OutboxMessage.From(Activated(early, 2))));
        await Eventually.TrueAsync(async () => await host.QueryAsync(db => db.Effects.CountAsync()) == 2, Timeout, "the first rows are consumed");

        // On SQL Server an identity value is taken at insert but becomes visible at commit: a row with a
        // lower sequence can appear after higher ones were dispatched. Reproduce that visibility order.
        var late = Guid.NewGuid();
        var row = OutboxMessage.From(Activated(late, 1));
        await host.QueryAsync(db => db.Database.ExecuteSqlAsync(
            $"INSERT INTO OutboxMessages (Sequence, MessageId, MessageType, Payload, OccurredAt, Attempts) VALUES ({-1L}, {row.MessageId}, {row.MessageType}, {row.Payload}, {row.OccurredAt}, {0})"));

        await Eventually.TrueAsync(async () => await host.QueryAsync(db => db.Effects.AnyAsync(e => e.AggregateId == late)), Timeout, "the late row is published, not skipped");
    }

    [SkippableFact]
    public async Task While_the_broker_is_unreachable_rows_stay_unmarked_and_the_service_reports_not_ready()
    {
        var unreachable = new Uri($"amqp://guest:guest@127.0.0.1:{FreePorts.Next()}/");
        using var attempts = new OutboxPublishAttempts();
        await using var host = await MessagingTestHost.StartAsync(unreachable, waitUntilReady: false);

        var row = OutboxMessage.From(Activated(Guid.NewGuid(), 1));
        await host.WriteAsync(db => db.OutboxMessages.Add(row));
        await attempts.WaitForAttemptsAsync(row.MessageId, 2, Timeout);

        Assert.Equal(1, await host.QueryAsync(db => db.OutboxMessages.CountAsync(m => m.DispatchedAt == null)));
        var health = await host.Host.Services.GetRequiredService<HealthCheckService>().CheckHealthAsync(c => c.Tags.Contains("ready"));
        Assert.NotEqual(HealthStatus.Healthy, health.Status);
    }

    [SkippableFact]
    public async Task Cleanup_deletes_only_dispatched_rows_inbox_and_idempotency_records_older_than_their_retention()
    {
        await using var host = await MessagingTestHost.StartAsync(await rabbitMq.CreateVirtualHostAsync());
        await host.WriteAsync(db => db.OutboxMessages.Add(OutboxMessage.From(Activated(Guid.NewGuid(), 1))));
        await Eventually.TrueAsync(async () => await host.QueryAsync(db => db.InboxRecords.AnyAsync()), Timeout, "the event is consumed");
        await host.Host.StopAsync();
        await host.WriteAsync(db =>
        {
            db.OutboxMessages.Add(OutboxMessage.From(Activated(Guid.NewGuid(), 1))); // written after the stop, so it stays undispatched
            IdempotencyKeys.Record(db, "450900/a", "old", "hash", 200, "application/json", "{}", DateTime.UtcNow.AddDays(-3));
            IdempotencyKeys.Record(db, "450900/a", "recent", "hash", 200, "application/json", "{}", DateTime.UtcNow.AddDays(2));
        });

        var cleanup = new MessageStoreCleanup<TestDbContext>(
            host.Host.Services.GetRequiredService<IServiceScopeFactory>(),
            new OutboxOptions { Retention = TimeSpan.FromDays(7), IdempotencyKeyRetention = TimeSpan.FromDays(10) },
            new ShiftedClock(TimeSpan.FromDays(8)),
            NullLogger<MessageStoreCleanup<TestDbContext>>.Instance);

        var (outbox, inbox, keys) = await cleanup.CleanAsync(CancellationToken.None);

        Assert.Equal((1, 1, 1), (outbox, inbox, keys));
        Assert.Equal(1, await host.QueryAsync(db => db.OutboxMessages.CountAsync(m => m.DispatchedAt == null)));
        Assert.Equal(["recent"], await host.QueryAsync(db => db.IdempotencyRecords.Select(r => r.Key).ToListAsync()));
    }

    private static AgreementActivated Activated(Guid id, long version) =>
        new(id, "PairingAgreement", $"v{version}", [], version, DateTime.UtcNow);

    private sealed class ShiftedClock(TimeSpan shift) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => base.GetUtcNow() + shift;
    }
}
