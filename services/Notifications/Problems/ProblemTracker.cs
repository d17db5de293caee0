using Corridor.Notifications.Infrastructure;
using Corridor.Notifications.Records;

namespace Corridor.Notifications.Problems;

internal static class ProblemTracker
{
    /// <summary>The tracked problem, added (and tracked by the context) when this is the first event about it.</summary>
    public static async Task<TrackedProblem> GetOrAddAsync(NotificationsDbContext db, Guid problemId, CancellationToken cancellationToken)
    {
        var problem = await db.Problems.FindAsync([problemId], cancellationToken);
        if (problem is null)
        {
            problem = new TrackedProblem(problemId);
            db.Problems.Add(problem);
        }

        return problem;
    }

    /// <summary>How a problem is named in a text: its title in quotes, or its id while the raising event has not arrived.</summary>
    public static string Named(TrackedProblem problem) => problem.Title.Length > 0 ? $"“{problem.Title}”" : problem.ProblemId.ToString();
}
