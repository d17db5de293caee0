using MassTransit;

namespace Corridor.Teams.Projects;

public sealed class ProjectCompletedConsumerDefinition : ConsumerDefinition<ProjectCompletedConsumer>
{
    // SQLite has one writer, and a team changed by two messages at once would only fail its version check and retry.
    public ProjectCompletedConsumerDefinition() => ConcurrentMessageLimit = 2;
}
