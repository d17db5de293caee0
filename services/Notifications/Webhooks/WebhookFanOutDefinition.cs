using MassTransit;

namespace Corridor.Notifications.Webhooks;

/// <summary>Every event kind's fan-out shares one queue, <c>notifications-webhooks</c>, taken one message at a time (SQLite has one writer).</summary>
public sealed class WebhookFanOutDefinition<TConsumer> : ConsumerDefinition<TConsumer>
    where TConsumer : class, IConsumer
{
    public const string Queue = "notifications-webhooks";

    public WebhookFanOutDefinition()
    {
        EndpointName = Queue;
        ConcurrentMessageLimit = 1;
    }
}
