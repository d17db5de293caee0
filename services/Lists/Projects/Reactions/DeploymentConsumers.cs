using Corridor.BuildingBlocks.Inbox;
using Corridor.Contracts.Events;
using Corridor.Lists.Infrastructure;
using Microsoft.EntityFrameworkCore;

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

internal static class DeploymentConsumers
{
    public static async Task<ProjectDeployment> FindOrAddAsync(ListsDbContext db, Guid deploymentId, Guid teamId, Guid projectId, CancellationToken cancellationToken)
    {
        var deployment = await db.ProjectDeployments.SingleOrDefaultAsync(d => d.DeploymentId == deploymentId, cancellationToken);
        if (deployment is null)
        {
            deployment = new ProjectDeployment(deploymentId, teamId, projectId);
            db.ProjectDeployments.Add(deployment);
        }

        return deployment;
    }
}
