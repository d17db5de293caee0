using MassTransit;

namespace Corridor.Agreements.Scorecards;

public sealed class ProjectApprovedConsumerDefinition : ConsumerDefinition<ProjectApprovedConsumer>
{
    // SQLite has one writer: more concurrent handlers would only wait on each other.
    public ProjectApprovedConsumerDefinition() => ConcurrentMessageLimit = 4;
}
