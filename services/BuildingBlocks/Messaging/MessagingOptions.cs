namespace Corridor.BuildingBlocks.Messaging;

public sealed class MessagingOptions
{
    public const string Section = "RabbitMq";

    /// <summary>amqp://user:password@host:port/vhost — the local run's node listens on 127.0.0.1:5682.</summary>
    public Uri Uri { get; set; } = new("amqp://guest:guest@127.0.0.1:5682/");

    /// <summary>Delays between in-process retries before a message goes to its error queue.</summary>
    /// <remarks>No initializer: the configuration binder appends to an existing array instead of replacing it.</remarks>
    public int[]? RetryIntervalsMs { get; set; }

    public int[] EffectiveRetryIntervalsMs => RetryIntervalsMs is { Length: > 0 } intervals ? intervals : [200, 1000, 3000];

    /// <summary>Delays before each redelivery through the broker once the quick retries failed; after the last, the error queue.</summary>
    /// <remarks>No initializer, as for <see cref="RetryIntervalsMs"/>.</remarks>
    public TimeSpan[]? RedeliveryIntervals { get; set; }

    public TimeSpan[] EffectiveRedeliveryIntervals => RedeliveryIntervals is { Length: > 0 } intervals
        ? intervals
        : [TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(15), TimeSpan.FromHours(1)];
}
