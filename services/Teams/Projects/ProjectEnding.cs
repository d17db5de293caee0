using Corridor.Teams.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Teams.Projects;

/// <summary>
/// A project completed or was cancelled in Lists: its row in the read model is closed and every deployment to
/// it still open on that day ends (DeploymentEnded per deployment, through the outbox). Runs inside the
/// consumer's inbox transaction, so a redelivery changes nothing.
/// </summary>
internal static class ProjectEnding
{
    public static async Task ApplyAsync(
        TeamsDbContext db, Guid projectId, string leadRegionCode, ApprovedProjectStatus status, DateOnly endedOn, string reason, long sourceVersion, DateTime occurredAt, DateTime now, CancellationToken cancellationToken)
    {
        var project = await db.ApprovedProjects.SingleOrDefaultAsync(p => p.ProjectId == projectId, cancellationToken);
        if (project is null)
        {
            db.ApprovedProjects.Add(ApprovedProject.Closed(projectId, leadRegionCode, status, reason, sourceVersion, occurredAt));
        }
        else
        {
            project.Close(status, reason, sourceVersion, occurredAt);
        }

        var teams = await db.Teams.AsSplitQuery()
            .Where(t => t.Deployments.Any(d => d.ProjectId == projectId && d.EndedOn == null && (d.To == null || d.To >= endedOn)))
            .ToListAsync(cancellationToken);
        foreach (var team in teams)
        {
            team.EndDeploymentsToProject(projectId, endedOn, reason, now);
        }
    }
}
