using System.Collections.Concurrent;
using Corridor.BuildingBlocks.Outbox;
using Corridor.Contracts.Events;
using Corridor.TestKit;
using Microsoft.EntityFrameworkCore;

namespace Corridor.BuildingBlocks.Tests.Outbox;

/// <summary>Several dispatchers on one database (replicas of a service): each row is leased, so it is published once.</summary>
[Collection(SharedRabbitMq.CollectionName)]
public sealed class OutboxReplicaTests(SharedRabbitMq rabbitMq)
{
    [SkippableFact]
    public async Task Three_dispatchers_racing_over_one_outbox_publish_every_row_exactly_once()
    {
        await using var host = await MessagingTestHost.StartAsync(await rabbitMq.CreateVirtualHostAsync(), pollInterval: TimeSpan.FromMinutes(10));
        var published = new ConcurrentBag<Guid>();
        using var observer = host.Bus.ConnectPublishObserver(new PublishedIds(published));
        await host.WriteAsync(db =>
        {
            for (var i = 1; i <= 300; i++)
            {
                db.OutboxMessages.Add(OutboxMessage.From(new AgreementActivated(Guid.NewGuid(), "PairingAgreement", $"协议 {i}", [], 1, DateTime.UtcNow)));
            }
        });

        // The host's own dispatcher (woken by the commit) races two more, as replicas on one database would.
        var replicas = Enumerable.Range(0, 2).Select(_ => Task.Run(async () =>
        {
            var dispatcher = Replica(host);
            for (var round = 0; round < 200 && await host.QueryAsync(db => db.OutboxMessages.AnyAsync(m => m.DispatchedAt == null)); round++)
            {
                await dispatcher.DispatchBatchAsync(CancellationToken.None);
            }
        })).ToList();
        await Task.WhenAll(replicas);
        await Eventually.TrueAsync(async () => await host.QueryAsync(db => db.OutboxMessages.AllAsync(m => m.DispatchedAt != null)), TimeSpan.FromSeconds(30), "every row is dispatched");

        var rows = await host.QueryAsync(db => db.OutboxMessages.Select(m => m.MessageId).ToListAsync());
        Assert.Equal(300, published.Count);
        Assert.Equal(rows.Order(), published.Order());
    }

    [SkippableFact]
    public async Task Rows_leased_by_a_replica_that_died_are_published_by_another_once_the_lease_lapses()
    {
        // Without the host's own dispatcher, which could otherwise publish the row before the dead replica's lease is set.
        await using var host = await MessagingTestHost.StartAsync(await rabbitMq.CreateVirtualHostAsync(), pollInterval: TimeSpan.FromMinutes(10), configure: MessagingTestHost.WithoutDispatcher);
        await host.WriteAsync(db => db.OutboxMessages.Add(OutboxMessage.From(new AgreementActivated(Guid.NewGuid(), "PairingAgreement", "协议", [], 1, DateTime.UtcNow))));
        // A replica leased the row and died before publishing it.
        var now = DateTime.UtcNow;
        await host.QueryAsync(db => db.OutboxMessages.ExecuteUpdateAsync(s => s
            .SetProperty(m => m.LeaseToken, Guid.NewGuid()).SetProperty(m => m.LeasedUntil, now.AddSeconds(2))));

        // The replicas' clocks stand still: before the lapse and just after it, whatever the machine's speed.
        Assert.Equal(0, await Replica(host, new StoppedClock(now.AddSeconds(1.9))).DispatchBatchAsync(CancellationToken.None));
        Assert.Equal(1, await Replica(host, new StoppedClock(now.AddSeconds(2.5))).DispatchBatchAsync(CancellationToken.None));
    }

    private static OutboxDispatcher<TestDbContext> Replica(MessagingTestHost host, TimeProvider? clock = null) => new(
        host.Host.Services.GetRequiredService<IServiceScopeFactory>(),
        host.Bus,
        new OutboxSignal(),
        new OutboxOptions { BatchSize = 20 },
        host.Host.Services.GetRequiredService<OutboxBacklog>(),
        clock ?? TimeProvider.System,
        NullLogger<OutboxDispatcher<TestDbContext>>.Instance);

    private sealed class StoppedClock(DateTime utcNow) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => new(utcNow, TimeSpan.Zero);
    }

}
