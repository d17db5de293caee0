using MassTransit;

namespace Corridor.Notifications.Inbox;

public sealed class NotificationConsumerDefinition<TConsumer> : ConsumerDefinition<TConsumer>
    where TConsumer : class, IConsumer
{
    // One at a time per event kind: a record's events then apply in the order they arrive, and SQLite has one writer anyway.
    public NotificationConsumerDefinition() => ConcurrentMessageLimit = 1;
}
