using Corridor.Contracts.Events;
using Corridor.TestKit;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using RabbitMQ.Client;

namespace Corridor.BuildingBlocks.Tests.Inbox;

[Collection(SharedRabbitMq.CollectionName)]
public sealed class InboxConsumerTests(SharedRabbitMq rabbitMq)
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    [SkippableFact]
    public async Task The_same_message_delivered_twice_has_one_effect()
    {
        await using var host = await MessagingTestHost.StartAsync(await rabbitMq.CreateVirtualHostAsync());
        var duplicated = new AgreementActivated(Guid.NewGuid(), "PairingAgreement", "twice", [], 1, DateTime.UtcNow);
        var sentinel = duplicated with { AgreementId = Guid.NewGuid(), Title = "after" };
        var messageId = Guid.NewGuid();

        await host.Bus.Publish(duplicated, c => c.MessageId = messageId);
        await host.Bus.Publish(duplicated, c => c.MessageId = messageId);
        await host.Bus.Publish(sentinel);

        // The consumer handles one message at a time, so when the sentinel is applied both copies were seen.
        await Eventually.TrueAsync(async () => await host.QueryAsync(db => db.Effects.AnyAsync(e => e.AggregateId == sentinel.AgreementId)), Timeout, "the sentinel is applied");
        Assert.Equal(1, await host.QueryAsync(db => db.Effects.CountAsync(e => e.AggregateId == duplicated.AgreementId)));
        Assert.Equal(1, await host.QueryAsync(db => db.InboxRecords.CountAsync(r => r.MessageId == messageId)));
    }

    [SkippableFact]
    public async Task A_message_that_keeps_failing_is_retried_then_moved_to_the_error_queue()
    {
        var vhost = await rabbitMq.CreateVirtualHostAsync();
        await using var host = await MessagingTestHost.StartAsync(vhost);

        await host.Bus.Publish(new TeamDeployed(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), new DateOnly(2026, 6, 1), null, 1, DateTime.UtcNow));

        await using var connection = await new ConnectionFactory { Uri = vhost }.CreateConnectionAsync();
        await Eventually.TrueAsync(
            async () => await ErrorQueueDepthAsync(connection) == 1,
            Timeout,
            "the poison message lands in bbtests-poison_error");
        var attempts = host.Host.Services.GetRequiredService<PoisonAttempts>().Count;
        Assert.Equal(12, attempts); // three deliveries (the first and two delayed redeliveries), each tried once and retried three times
    }

    private static async Task<uint> ErrorQueueDepthAsync(IConnection connection)
    {
        // A passive declare of a missing queue closes its channel, so each check takes a new one.
        await using var channel = await connection.CreateChannelAsync();
        try
        {
            return (await channel.QueueDeclarePassiveAsync("bbtests-poison_error")).MessageCount;
        }
        catch (RabbitMQ.Client.Exceptions.OperationInterruptedException)
        {
            return 0;
        }
    }
}
