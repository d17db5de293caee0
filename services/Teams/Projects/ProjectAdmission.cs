using Corridor.Teams.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Teams.Projects;

/// <summary>
/// The project's side of a deployment. A project Teams knows has ended is refused without asking Lists; otherwise Lists
/// decides, and the project's row in Teams' read model moves with the deployment (added from Lists' answer when its
/// ProjectApproved has not arrived yet). The consumer that ends a project moves the same row, so a deployment and the
/// project's end cannot both be saved without one having seen the other: the second to save fails and decides again.
/// </summary>
internal sealed class ProjectAdmission(TeamsDbContext db, ProjectApprovalCheck lists)
{
    /// <summary>Admits a deployment to the project, tracked for the caller's save; answers the row's version as read (null: no row yet).</summary>
    public async Task<long?> AdmitAsync(Guid projectId, DateTime now, CancellationToken cancellationToken)
    {
        // Read before Lists is asked, so that an end applied meanwhile is caught by the row's version.
        var project = await db.ApprovedProjects.SingleOrDefaultAsync(p => p.ProjectId == projectId, cancellationToken);
        var seen = project?.Version;
        project?.EnsureOpen();
        var reply = await lists.EnsureApprovedAsync(projectId, cancellationToken);
        if (project is null)
        {
            project = ApprovedProject.Reported(projectId, reply.Title, reply.Revision, now);
            db.ApprovedProjects.Add(project);
        }

        project.AdmitDeployment();
        return seen;
    }

    /// <summary>After a failed save: whether the project's row changed since <paramref name="seen"/> was read (ended, refreshed or added meanwhile).</summary>
    public async Task<bool> ChangedSinceAsync(Guid projectId, long? seen, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        var current = await db.ApprovedProjects.AsNoTracking()
            .Where(p => p.ProjectId == projectId).Select(p => (long?)p.Version).SingleOrDefaultAsync(cancellationToken);
        return current != seen;
    }
}
