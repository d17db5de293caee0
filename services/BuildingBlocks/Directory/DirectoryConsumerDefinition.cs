using MassTransit;

namespace Corridor.BuildingBlocks.Directory;

public sealed class DirectoryConsumerDefinition<TConsumer> : ConsumerDefinition<TConsumer>
    where TConsumer : class, IConsumer
{
    // One at a time: the version guard keeps the newest anyway, but in-order handling spares the retries two
    // concurrent first copies of one organ would cost (both insert, one fails on the key and is retried).
    public DirectoryConsumerDefinition() => ConcurrentMessageLimit = 1;
}
