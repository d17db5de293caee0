using Corridor.Notifications.Infrastructure;
using Corridor.Notifications.Records;

namespace Corridor.Notifications.Projects;

internal static class ProjectTracker
{
    /// <summary>The tracked project, added (and tracked by the context) when this is the first event about it.</summary>
    public static async Task<TrackedProject> GetOrAddAsync(NotificationsDbContext db, Guid projectId, string leadRegionCode, CancellationToken cancellationToken)
    {
        var project = await db.Projects.FindAsync([projectId], cancellationToken);
        if (project is null)
        {
            project = new TrackedProject(projectId, leadRegionCode);
            db.Projects.Add(project);
        }

        return project;
    }

    /// <summary>How a project is named in a text: its title in quotes, or its id while no titled event has arrived.</summary>
    public static string Named(TrackedProject project) => project.Title.Length > 0 ? $"“{project.Title}”" : project.ProjectId.ToString();
}
