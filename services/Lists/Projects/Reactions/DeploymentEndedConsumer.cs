using Corridor.BuildingBlocks.Inbox;
using Corridor.Contracts.Events;
using Corridor.Lists.Infrastructure;

namespace Corridor.Lists.Projects.Reactions;

/// <summary>Marks a team's deployment to a project as ended, once per message (inbox).</summary>
public sealed class DeploymentEndedConsumer(ListsDbContext db, TimeProvider clock, ILogger<DeploymentEndedConsumer> logger)
    : InboxConsumer<DeploymentEnded, ListsDbContext>(db, clock, logger)
{
    protected override async Task HandleAsync(DeploymentEnded message, CancellationToken cancellationToken)
    {
        var deployment = await DeploymentConsumers.FindOrAddAsync(Db, message.DeploymentId, message.TeamId, message.ProjectId, cancellationToken);
        deployment.Ended(message.EndedOn, message.Reason, message.OccurredAt);
    }
}
