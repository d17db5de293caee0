using Corridor.Lists.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Lists.Projects.Reactions;

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
