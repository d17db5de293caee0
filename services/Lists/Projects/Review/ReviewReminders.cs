using Corridor.Lists.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Lists.Projects.Review;

/// <summary>
/// One round of the review job: an overdue round is reminded (ProjectReviewOverdue) and a round waiting for a
/// party that can never approve is reported (ProjectReviewBlocked), each once per review round. Every project
/// is saved on its own with the version as concurrency token, so when two replicas pick the same project only
/// one save wins and only one event is written.
/// </summary>
internal sealed class ReviewReminders(ListsDbContext db, ReviewPolicy policy, ReviewReminderOptions options, TimeProvider clock, ILogger<ReviewReminders> logger)
{
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var unreachable = policy.FormerMemberRegions.Concat(policy.RegionsWithoutCoordinator).ToArray();
        var candidates = await db.Projects.AsNoTracking()
            .Where(p => p.Status == ProjectStatus.Submitted)
            .Where(p => (p.ReviewDueAt < now && (p.RemindedRound == null || p.RemindedRound != p.Round))
                || ((p.BlockedReportedRound == null || p.BlockedReportedRound != p.Round)
                    && (unreachable.Contains(p.LeadRegionCode) || p.Partners.Any(x => unreachable.Contains(x.RegionCode)))))
            .OrderBy(p => p.ReviewDueAt).ThenBy(p => p.Id)
            .Select(p => p.Id)
            .Take(options.BatchSize)
            .ToListAsync(cancellationToken);

        var changed = 0;
        foreach (var id in candidates)
        {
            db.ChangeTracker.Clear();
            var project = await db.Projects.AsSplitQuery().SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
            if (project is null)
            {
                continue;
            }

            var reminded = project.RemindOverdue(policy, now);
            var reported = project.ReportBlocked(policy, now);
            if (!reminded && !reported)
            {
                continue;
            }

            try
            {
                await db.SaveChangesAsync(cancellationToken);
                changed++;
            }
            catch (DbUpdateConcurrencyException)
            {
                logger.LogInformation("Project {ProjectId} changed while its review was being reminded (another replica or a user); the next round looks at it again.", id);
            }
        }

        return changed;
    }
}
