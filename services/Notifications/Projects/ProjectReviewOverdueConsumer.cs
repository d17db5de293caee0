using Corridor.Contracts.Events;
using Corridor.Notifications.Inbox;
using Corridor.Notifications.Infrastructure;
using Corridor.Notifications.Recipients;
using Corridor.Notifications.Texts;

namespace Corridor.Notifications.Projects;

/// <summary>A review round past its due time (the Lists service decides when): every party yet to decide, in red.</summary>
public sealed class ProjectReviewOverdueConsumer(
    NotificationsDbContext db, NotificationWriter writer, TimeProvider clock, ILogger<ProjectReviewOverdueConsumer> logger)
    : NotifyingConsumer<ProjectReviewOverdue>(db, writer, clock, logger)
{
    protected override async Task HandleAsync(ProjectReviewOverdue message, CancellationToken cancellationToken)
    {
        var project = await ProjectTracker.GetOrAddAsync(Db, message.ProjectId, message.LeadRegionCode, cancellationToken);
        project.ApprovalRecorded(message.PendingParties, message.AggregateVersion);
        var names = await NameBook.LoadAsync(Db, [], [message.LeadRegionCode], cancellationToken);
        var title = ProjectTracker.Named(project);
        var due = ChinaTime.Date(message.ReviewDueAt).ToString("yyyy-MM-dd");
        var draft = new NotificationDraft(
            NotificationKinds.ProjectReviewOverdue,
            NotificationSeverity.Red,
            RecordRef.Project(message.ProjectId),
            new($"联建项目审核超时：{project.Title}", $"{names.Region(message.LeadRegionCode)}牵头的联建项目{title}（第 {message.Revision} 版）审核时限{due}已过，请尽快审核。"),
            new($"Review overdue: {project.Title}", $"The review of the joint project {title} led by {names.Region(message.LeadRegionCode)} (revision {message.Revision}) was due {due}; decide on it now."));
        await NotifyAsync(message, draft, ReviewParties.Audiences(message.PendingParties), cancellationToken);
    }
}
