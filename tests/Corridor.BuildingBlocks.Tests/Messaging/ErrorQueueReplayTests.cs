using Corridor.BuildingBlocks.Messaging;
using Corridor.TestKit;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace Corridor.BuildingBlocks.Tests.Messaging;

/// <summary>After the cause is fixed, the messages parked in _error are replayed into their queue and applied exactly once.</summary>
[Collection(SharedRabbitMq.CollectionName)]
public sealed class ErrorQueueReplayTests(SharedRabbitMq rabbitMq)
{
    private const string Queue = "bbtests-resource-offered-recorder";
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    [SkippableFact]
    public async Task Replaying_the_error_queue_applies_each_parked_message_once_and_a_duplicate_not_at_all()
    {
        var vhost = await rabbitMq.CreateVirtualHostAsync();
        await using var host = await MessagingTestHost.StartAsync(vhost);
        var outage = host.Host.Services.GetRequiredService<ConsumerOutage>();
        outage.FailNext(int.MaxValue);
        var parked = DelayedRedeliveryTests.Offer("parked");
        var messageId = Guid.NewGuid();
        // The same message twice, as a publisher's redelivery would send it.
        await host.Bus.Publish(parked, c => c.MessageId = messageId);
        await host.Bus.Publish(parked, c => c.MessageId = messageId);
        await Eventually.TrueAsync(async () => await QueueDepth.OfAsync(vhost, $"{Queue}_error") == 2, Timeout, "both copies are parked");

        outage.FailNext(0); // the fix is deployed
        var replayed = await ErrorQueueReplay.ReplayAsync(vhost, Queue, CancellationToken.None);
        var sentinel = DelayedRedeliveryTests.Offer("sentinel");
        await host.Bus.Publish(sentinel);

        // The consumer handles one message at a time, so when the sentinel is applied both replayed copies were seen.
        await Eventually.TrueAsync(async () => await host.QueryAsync(db => db.Effects.AnyAsync(e => e.AggregateId == sentinel.ResourceId)), Timeout, "the sentinel is applied");
        Assert.Equal(2, replayed);
        Assert.Equal(1, await host.QueryAsync(db => db.Effects.CountAsync(e => e.AggregateId == parked.ResourceId)));
        Assert.Equal(1, await host.QueryAsync(db => db.InboxRecords.CountAsync(r => r.MessageId == messageId)));
        Assert.Equal(0u, await QueueDepth.OfAsync(vhost, $"{Queue}_error"));
    }
}
