using Corridor.BuildingBlocks.Domain;
using Corridor.BuildingBlocks.Web;
using Corridor.Lists.Infrastructure;
using Corridor.Lists.Projects.Review;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Lists.Projects;

/// <summary>Load, check If-Match, apply one domain operation, save (with its events), answer with the new ETag.</summary>
internal static class ProjectChange
{
    public static async Task<ProjectResponse> ApplyAsync(
        ListsDbContext db, ReviewPolicy policy, Guid id, HttpContext http, Action<Project> change, CancellationToken cancellationToken)
    {
        var project = await db.Projects.SingleOrDefaultAsync(p => p.Id == id, cancellationToken)
            ?? throw new NotFoundException("Project", id.ToString());
        ETags.CheckIfMatch(http.Request, project.Version);
        change(project);
        await db.SaveChangesAsync(cancellationToken);
        ETags.Set(http.Response, project.Version);
        return ProjectResponse.From(project, policy);
    }
}
