using MassTransit;

namespace Corridor.Teams.Projects;

public sealed class ProjectCancelledConsumerDefinition : ConsumerDefinition<ProjectCancelledConsumer>
{
    // SQLite has one writer, and a team changed by two messages at once would only fail its version check and retry.
    public ProjectCancelledConsumerDefinition() => ConcurrentMessageLimit = 2;
}
