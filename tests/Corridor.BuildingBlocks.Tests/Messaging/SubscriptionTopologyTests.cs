using Corridor.BuildingBlocks.Outbox;
using Corridor.Contracts.Events;
using Corridor.TestKit;
using Microsoft.EntityFrameworkCore;

namespace Corridor.BuildingBlocks.Tests.Messaging;

/// <summary>An event published before its consumer's service ever ran waits in the consumer's queue (ADR 0018).</summary>
[Collection(SharedRabbitMq.CollectionName)]
public sealed class SubscriptionTopologyTests(SharedRabbitMq rabbitMq)
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    [SkippableFact]
    public async Task An_event_published_before_the_consumer_first_started_is_delivered_when_it_starts()
    {
        var vhost = await rabbitMq.CreateVirtualHostAsync();
        var early = new AgreementActivated(Guid.NewGuid(), "PairingAgreement", "before any consumer", [], 1, DateTime.UtcNow);
        await using (var publisher = await MessagingTestHost.StartAsync(vhost, withConsumers: false))
        {
            await publisher.WriteAsync(db => db.OutboxMessages.Add(OutboxMessage.From(early)));
            await Eventually.TrueAsync(async () => await publisher.QueryAsync(db => db.OutboxMessages.AllAsync(m => m.DispatchedAt != null)), Timeout, "the broker confirmed the event");
        }

        Assert.Equal(1u, await QueueDepth.OfAsync(vhost, "bbtests-agreement-activated-recorder"));
        await using var consumer = await MessagingTestHost.StartAsync(vhost);

        await Eventually.TrueAsync(async () => await consumer.QueryAsync(db => db.Effects.AnyAsync(e => e.AggregateId == early.AgreementId)), Timeout, "the consumer applies the early event");
    }
}
