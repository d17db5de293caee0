using Corridor.BuildingBlocks.Outbox;
using Corridor.Contracts.Events;
using Corridor.TestKit;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace Corridor.BuildingBlocks.Tests.Outbox;

/// <summary>A batch slower than its lease stops before a publish could outlast it, so no other replica publishes the same rows meanwhile.</summary>
[Collection(SharedRabbitMq.CollectionName)]
public sealed class OutboxLeaseTests(SharedRabbitMq rabbitMq)
{
    [SkippableFact]
    public async Task A_batch_starts_no_publish_that_could_outlast_its_lease_and_hands_the_rest_back()
    {
        await using var host = await MessagingTestHost.StartAsync(await rabbitMq.CreateVirtualHostAsync(), configure: MessagingTestHost.WithoutDispatcher);
        // Ten events of one aggregate: each waits for the previous one's confirm (a round of its own).
        var agreementId = Guid.NewGuid();
        await host.WriteAsync(db =>
        {
            for (var version = 1; version <= 10; version++)
            {
                db.OutboxMessages.Add(OutboxMessage.From(new AgreementActivated(agreementId, "PairingAgreement", "slow", [], version, DateTime.UtcNow)));
            }
        });
        // Every confirmed publish takes 300 ms of the dispatcher's clock: ten in turn take 3 s, three times the lease.
        var clock = new ManualClock(DateTimeOffset.UtcNow);
        using var slowBroker = host.Bus.ConnectPublishObserver(new AdvanceClockOnPublish(clock, TimeSpan.FromMilliseconds(300)));
        var dispatcher = new OutboxDispatcher<TestDbContext>(
            host.Host.Services.GetRequiredService<IServiceScopeFactory>(), host.Bus, new OutboxSignal(),
            new OutboxOptions { BatchSize = 10, LeaseDuration = TimeSpan.FromSeconds(1), PublishTimeout = TimeSpan.FromMilliseconds(400) },
            host.Host.Services.GetRequiredService<OutboxBacklog>(), clock, NullLogger<OutboxDispatcher<TestDbContext>>.Instance);

        var published = await dispatcher.DispatchBatchAsync(CancellationToken.None);

        // Publishes start at 0, 300 and 600 ms, each ending by 1 s at the latest; the fourth could end at 1.3 s.
        Assert.Equal(3, published);
        Assert.Equal(3, await host.QueryAsync(db => db.OutboxMessages.CountAsync(m => m.DispatchedAt != null)));
        Assert.Equal(7, await host.QueryAsync(db => db.OutboxMessages.CountAsync(m => m.DispatchedAt == null && m.LeaseToken == null)));
    }

    private sealed class ManualClock(DateTimeOffset start) : TimeProvider
    {
        private long _ticks = start.UtcTicks;

        public override DateTimeOffset GetUtcNow() => new(Interlocked.Read(ref _ticks), TimeSpan.Zero);

        public void Advance(TimeSpan by) => Interlocked.Add(ref _ticks, by.Ticks);
    }

    private sealed class AdvanceClockOnPublish(ManualClock clock, TimeSpan perPublish) : IPublishObserver
    {
        public Task PrePublish<T>(PublishContext<T> context)
            where T : class => Task.CompletedTask;

        public Task PostPublish<T>(PublishContext<T> context)
            where T : class
        {
            clock.Advance(perPublish);
            return Task.CompletedTask;
        }

        public Task PublishFault<T>(PublishContext<T> context, Exception exception)
            where T : class => Task.CompletedTask;
    }
}
