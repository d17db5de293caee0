using System.Globalization;
using MassTransit.RabbitMqTransport;
using RabbitMQ.Client;

namespace Corridor.BuildingBlocks.Messaging;

/// <summary>
/// Delayed redelivery without the delayed-message-exchange plugin (Debian's RabbitMQ does not ship it): a message
/// waits in a durable queue per consumer queue and interval (<c>&lt;queue&gt;_redelivery_5m</c>) whose TTL dead-letters it
/// back into the consumer queue. One TTL per queue, so messages expire in order; the broker holds the message
/// meanwhile, so a consumer that crashes loses nothing.
/// </summary>
internal static class DelayQueues
{
    public const string RedeliveryCountHeader = "Corridor-Redelivery-Count";

    public static string NameFor(string queue, TimeSpan delay) => $"{queue}_redelivery_{Format(delay)}";

    /// <summary>Declares the delay queue and moves a copy of the received message into it, confirmed by the broker.</summary>
    public static async Task DelayAsync(ChannelContext channel, RabbitMqReceiveContext received, string queue, TimeSpan delay, int redeliveryCount, CancellationToken cancellationToken)
    {
        var delayQueue = NameFor(queue, delay);
        await channel.QueueDeclare(delayQueue, durable: true, exclusive: false, autoDelete: false, new Dictionary<string, object>
        {
            ["x-message-ttl"] = (long)delay.TotalMilliseconds,
            ["x-dead-letter-exchange"] = "",
            ["x-dead-letter-routing-key"] = queue,
        }, cancellationToken);

        var headers = received.Properties.Headers is { } original ? new Dictionary<string, object?>(original) : [];
        headers[RedeliveryCountHeader] = redeliveryCount;
        var properties = new BasicProperties(received.Properties) { Persistent = true, Headers = headers };
        await channel.BasicPublishAsync("", delayQueue, mandatory: true, properties, received.Body.GetBytes(), awaitAck: true, cancellationToken);
    }

    private static string Format(TimeSpan delay) => delay switch
    {
        { TotalHours: >= 1 } when delay.Ticks % TimeSpan.TicksPerHour == 0 => $"{delay.TotalHours.ToString(CultureInfo.InvariantCulture)}h",
        { TotalMinutes: >= 1 } when delay.Ticks % TimeSpan.TicksPerMinute == 0 => $"{delay.TotalMinutes.ToString(CultureInfo.InvariantCulture)}m",
        _ when delay.Ticks % TimeSpan.TicksPerSecond == 0 => $"{delay.TotalSeconds.ToString(CultureInfo.InvariantCulture)}s",
        _ => $"{((long)delay.TotalMilliseconds).ToString(CultureInfo.InvariantCulture)}ms",
    };
}
