using MassTransit;

namespace Corridor.Lists.Projects.Reactions;

public sealed class ReactionConsumerDefinition<TConsumer> : ConsumerDefinition<TConsumer>
    where TConsumer : class, IConsumer
{
    // SQLite has one writer: more concurrent handlers would only wait on each other.
    public ReactionConsumerDefinition() => ConcurrentMessageLimit = 4;
}
