using Corridor.Contracts.Events;
using Corridor.Notifications.Inbox;
using Corridor.Notifications.Infrastructure;
using Corridor.Notifications.Recipients;
using Corridor.Notifications.Texts;

namespace Corridor.Notifications.Projects;

/// <summary>
/// A review round that cannot complete (a required party can no longer approve): the lead region's coordinators,
/// who ask the secretariat to approve on the party's behalf, send the project back or reject it.
/// </summary>
public sealed class ProjectReviewBlockedConsumer(
    NotificationsDbContext db, NotificationWriter writer, TimeProvider clock, ILogger<ProjectReviewBlockedConsumer> logger)
    : NotifyingConsumer<ProjectReviewBlocked>(db, writer, clock, logger)
{
    protected override async Task HandleAsync(ProjectReviewBlocked message, CancellationToken cancellationToken)
    {
        var project = await ProjectTracker.GetOrAddAsync(Db, message.ProjectId, message.LeadRegionCode, cancellationToken);
        var names = await NameBook.LoadAsync(Db, [], ReviewParties.Regions(message.BlockedParties), cancellationToken);
        var title = ProjectTracker.Named(project);
        var blocked = string.Join("、", message.BlockedParties.Select(p => ReviewParties.Name(names, p)));
        var blockedEn = string.Join(", ", message.BlockedParties.Select(p => ReviewParties.NameEn(names, p)));
        var draft = new NotificationDraft(
            NotificationKinds.ProjectReviewBlocked,
            NotificationSeverity.Yellow,
            RecordRef.Project(message.ProjectId),
            new($"联建项目审核受阻：{project.Title}", $"联建项目{title}（第 {message.Revision} 版）的审核无法完成：{blocked}已无法审核。{message.Reason}"),
            new($"Review blocked: {project.Title}", $"The review of the joint project {title} (revision {message.Revision}) cannot complete: {blockedEn} can no longer approve. {message.Reason}"));
        await NotifyAsync(message, draft, [Audience.Coordinators(message.LeadRegionCode)], cancellationToken);
    }
}
