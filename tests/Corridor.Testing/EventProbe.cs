using System.Text.Json;
using Corridor.TestKit;
using RabbitMQ.Client;

namespace Corridor.Testing;

/// <summary>
/// Listens on the broker for one event type the way any other subscriber would: a private queue bound
/// to the MassTransit exchange of that message type ("Namespace:TypeName", fanout).
/// </summary>
public sealed class EventProbe : IAsyncDisposable
{
    private const string MarkerType = "corridor-test-probe-marker";

    private readonly IConnection _connection;
    private readonly IChannel _channel;
    private readonly string _queue;
    private readonly List<ReceivedEvent> _received = [];

    private EventProbe(IConnection connection, IChannel channel, string queue)
    {
        _connection = connection;
        _channel = channel;
        _queue = queue;
    }

    public static async Task<EventProbe> ListenAsync<TEvent>(Uri amqpUri)
    {
        var connection = await new ConnectionFactory { Uri = amqpUri }.CreateConnectionAsync();
        var channel = await connection.CreateChannelAsync();
        var exchange = $"{typeof(TEvent).Namespace}:{typeof(TEvent).Name}";
        await channel.ExchangeDeclareAsync(exchange, ExchangeType.Fanout, durable: true, autoDelete: false);
        var queue = await channel.QueueDeclareAsync("", durable: false, exclusive: true, autoDelete: true);
        await channel.QueueBindAsync(queue.QueueName, exchange, "");
        return new EventProbe(connection, channel, queue.QueueName);
    }

    /// <summary>Everything received so far (MassTransit envelopes unwrapped).</summary>
    public async Task<IReadOnlyList<ReceivedEvent>> ReceivedAsync()
    {
        await ReadQueueAsync(marker: null);
        return _received;
    }

    /// <summary>
    /// Everything that was in the probe's queue when this was called: a marker sent to the queue now comes back behind
    /// every message already there (a queue is FIFO), so once it is read nothing published before is still on its way.
    /// Call it after the publisher is done (e.g. <see cref="OutboxDrain"/>) to count copies without waiting on a clock.
    /// </summary>
    public async Task<IReadOnlyList<ReceivedEvent>> DrainAsync(TimeSpan timeout)
    {
        var marker = Guid.NewGuid().ToString("N");
        await _channel.BasicPublishAsync("", _queue, mandatory: true, new BasicProperties { MessageId = marker, Type = MarkerType }, ReadOnlyMemory<byte>.Empty);
        var back = false;
        await Eventually.TrueAsync(async () => back |= await ReadQueueAsync(marker), timeout, "the probe's marker came back through its queue");
        return _received;
    }

    /// <summary>Reads what the queue holds now; true when <paramref name="marker"/> was among it.</summary>
    private async Task<bool> ReadQueueAsync(string? marker)
    {
        var found = false;
        while (await _channel.BasicGetAsync(_queue, autoAck: true) is { } delivery)
        {
            if (delivery.BasicProperties.Type == MarkerType)
            {
                found |= delivery.BasicProperties.MessageId == marker;
                continue;
            }

            using var envelope = JsonDocument.Parse(delivery.Body);
            var root = envelope.RootElement;
            _received.Add(new ReceivedEvent(
                Guid.Parse(root.GetProperty("messageId").GetString()!),
                root.GetProperty("message").Clone()));
        }

        return found;
    }

    public async Task<ReceivedEvent> WaitForAsync(Func<JsonElement, bool> match, TimeSpan timeout, string because)
    {
        ReceivedEvent? found = null;
        await Eventually.TrueAsync(
            async () => (found = (await ReceivedAsync()).FirstOrDefault(e => match(e.Message))) is not null,
            timeout,
            because);
        return found!;
    }

    public async ValueTask DisposeAsync()
    {
        await _channel.DisposeAsync();
        await _connection.DisposeAsync();
    }
}

public sealed record ReceivedEvent(Guid MessageId, JsonElement Message);
