using System.Diagnostics;
using Corridor.Contracts.Events;
using Corridor.TestKit;
using Microsoft.EntityFrameworkCore;

namespace Corridor.BuildingBlocks.Tests.Messaging;

/// <summary>
/// A consumer whose database is down longer than the quick retries last gets the message again later through the
/// broker (the test host: 3 retries of 10 ms, then redeliveries after 100 ms and 200 ms) instead of parking it in _error.
/// </summary>
[Collection(SharedRabbitMq.CollectionName)]
public sealed class DelayedRedeliveryTests(SharedRabbitMq rabbitMq)
{
    private const string Queue = "bbtests-resource-offered-recorder";
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    [SkippableFact]
    public async Task An_outage_longer_than_the_quick_retries_is_bridged_by_delayed_redelivery_and_nothing_reaches_the_error_queue()
    {
        var vhost = await rabbitMq.CreateVirtualHostAsync();
        await using var host = await MessagingTestHost.StartAsync(vhost);
        var outage = host.Host.Services.GetRequiredService<ConsumerOutage>();
        outage.FailNext(6); // the first delivery and its three retries, then two attempts of the first redelivery
        var offer = Offer("after the outage");
        var clock = Stopwatch.StartNew();

        await host.Bus.Publish(offer);

        await Eventually.TrueAsync(async () => await host.QueryAsync(db => db.Effects.AnyAsync(e => e.AggregateId == offer.ResourceId)), Timeout, "the offer is applied once the database is back");
        Assert.Equal(7, outage.Attempts);
        Assert.True(clock.Elapsed >= TimeSpan.FromMilliseconds(100), $"the redelivery waited its 100 ms ({clock.Elapsed.TotalMilliseconds:0} ms)");
        Assert.Equal(1, await host.QueryAsync(db => db.Effects.CountAsync(e => e.AggregateId == offer.ResourceId)));
        Assert.Equal(0u, await QueueDepth.OfAsync(vhost, $"{Queue}_error"));
        Assert.Equal(0u, await QueueDepth.OfAsync(vhost, $"{Queue}_skipped"));
    }

    [SkippableFact]
    public async Task A_message_still_failing_after_the_last_redelivery_is_parked_in_the_error_queue()
    {
        var vhost = await rabbitMq.CreateVirtualHostAsync();
        await using var host = await MessagingTestHost.StartAsync(vhost);
        var outage = host.Host.Services.GetRequiredService<ConsumerOutage>();
        outage.FailNext(int.MaxValue);

        await host.Bus.Publish(Offer("never applied"));

        await Eventually.TrueAsync(async () => await QueueDepth.OfAsync(vhost, $"{Queue}_error") == 1, Timeout, "the message is parked after its redeliveries");
        Assert.Equal(12, outage.Attempts); // three deliveries of four attempts each
        Assert.Equal(0, await host.QueryAsync(db => db.Effects.CountAsync()));
    }

    internal static ResourceOffered Offer(string title) =>
        new(Guid.NewGuid(), title, "Equipment", "450900-organ", "450900", 1m, "set", new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31), null, 1, DateTime.UtcNow);
}
