using Corridor.Notifications.Inbox;
using Corridor.Notifications.Infrastructure;
using Corridor.Notifications.Projects;
using Corridor.Notifications.Recipients;
using Corridor.Notifications.Texts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Corridor.Notifications.Reminders;

/// <summary>
/// A review round due within <see cref="ReminderOptions.ReviewDueSoonHours"/>: the parties yet to decide are reminded,
/// once per project and round. Once the round is late, the Lists service's ProjectReviewOverdue tells them in red.
/// </summary>
public sealed class ReviewDueReminders(NotificationsDbContext db, ReminderOnce once, IOptions<ReminderOptions> options, TimeProvider clock)
{
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var horizon = now.AddHours(options.Value.ReviewDueSoonHours);
        var reviewing = await db.Projects.AsNoTracking()
            .Where(p => p.ReviewDueAt != null && p.ReviewDueAt > now && p.ReviewDueAt <= horizon && p.PendingParties != "")
            .OrderBy(p => p.ReviewDueAt).ThenBy(p => p.ProjectId)
            .ToListAsync(cancellationToken);
        var sent = 0;
        foreach (var project in reviewing)
        {
            var key = $"{NotificationKinds.ProjectReviewDueSoon}:{project.ProjectId:N}:{project.ReviewRound}";
            if (await once.HasFiredAsync(key, cancellationToken))
            {
                continue;
            }

            var names = await NameBook.LoadAsync(db, [], [project.LeadRegionCode], cancellationToken);
            var due = project.ReviewDueAt!.Value + ChinaTime.Offset;
            var draft = new NotificationDraft(
                NotificationKinds.ProjectReviewDueSoon,
                NotificationSeverity.Yellow,
                RecordRef.Project(project.ProjectId),
                new($"审核即将到期：{project.Title}", $"{names.Region(project.LeadRegionCode)}牵头的联建项目{ProjectTracker.Named(project)}审核将于{due:yyyy-MM-dd HH:mm}到期，请尽快审核。"),
                new($"Review due soon: {project.Title}", $"The review of the joint project {ProjectTracker.Named(project)} led by {names.Region(project.LeadRegionCode)} is due {due:yyyy-MM-dd HH:mm} (China time); decide on it."));
            sent += await once.SendAsync(key, draft, ReviewParties.Audiences(project.Pending), cancellationToken) ? 1 : 0;
        }

        return sent;
    }
}
