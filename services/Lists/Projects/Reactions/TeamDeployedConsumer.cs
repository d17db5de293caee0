using Corridor.BuildingBlocks.Inbox;
using Corridor.Contracts.Events;
using Corridor.Lists.Infrastructure;

namespace Corridor.Lists.Projects.Reactions;

/// <summary>Lists a team deployed to a project on it, once per message (inbox).</summary>
public sealed class TeamDeployedConsumer(ListsDbContext db, TimeProvider clock, ILogger<TeamDeployedConsumer> logger)
    : InboxConsumer<TeamDeployed, ListsDbContext>(db, clock, logger)
{
    protected override async Task HandleAsync(TeamDeployed message, CancellationToken cancellationToken)
    {
        var deployment = await DeploymentConsumers.FindOrAddAsync(Db, message.DeploymentId, message.TeamId, message.ProjectId, cancellationToken);
        deployment.Deployed(message.From, message.To, message.OccurredAt);
    }
}
