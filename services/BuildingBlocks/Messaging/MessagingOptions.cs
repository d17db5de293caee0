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
}
