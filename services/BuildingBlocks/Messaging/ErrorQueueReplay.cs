using RabbitMQ.Client;

namespace Corridor.BuildingBlocks.Messaging;

/// <summary>
/// Moves the messages parked in <c>&lt;queue&gt;_error</c> back into <c>&lt;queue&gt;</c> after the cause is fixed: each copy is
/// confirmed by the broker before its original is acknowledged, so a crash mid-way duplicates at most one message
/// (consumers' inboxes absorb it) and loses none. The redelivery count starts afresh.
/// </summary>
public static class ErrorQueueReplay
{
    public static async Task<int> ReplayAsync(Uri broker, string queue, CancellationToken cancellationToken)
    {
        var factory = new ConnectionFactory { Uri = broker, ClientProvidedName = $"corridor replay {queue}_error" };
        await using var connection = await factory.CreateConnectionAsync(cancellationToken);
        await using var channel = await connection.CreateChannelAsync(new CreateChannelOptions(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true), cancellationToken);
        // Both must exist: replaying into a queue nobody declared would drop every message.
        await channel.QueueDeclarePassiveAsync(queue, cancellationToken);
        var depth = (await channel.QueueDeclarePassiveAsync($"{queue}_error", cancellationToken)).MessageCount;

        var moved = 0;
        while (moved < depth && await channel.BasicGetAsync($"{queue}_error", autoAck: false, cancellationToken) is { } parked)
        {
            var properties = new BasicProperties(parked.BasicProperties)
            {
                Headers = parked.BasicProperties.Headers is { } headers
                    ? headers.Where(h => h.Key != DelayQueues.RedeliveryCountHeader).ToDictionary(h => h.Key, h => h.Value)
                    : null,
            };
            await channel.BasicPublishAsync("", queue, mandatory: true, properties, parked.Body, cancellationToken);
            await channel.BasicAckAsync(parked.DeliveryTag, multiple: false, cancellationToken);
            moved++;
        }

        return moved;
    }
}
