using Corridor.Contracts.Events;
using Corridor.Notifications.Inbox;
using Corridor.Notifications.Infrastructure;
using Corridor.Notifications.Recipients;
using Corridor.Notifications.Texts;

namespace Corridor.Notifications.Projects;

/// <summary>A project sent back for changes: the coordinators of the region holding the pen (the lead region unless handed on) are to revise it.</summary>
public sealed class ProjectChangesRequestedConsumer(
    NotificationsDbContext db, NotificationWriter writer, TimeProvider clock, ILogger<ProjectChangesRequestedConsumer> logger)
    : NotifyingConsumer<ProjectChangesRequested>(db, writer, clock, logger)
{
    protected override async Task HandleAsync(ProjectChangesRequested message, CancellationToken cancellationToken)
    {
        var project = await ProjectTracker.GetOrAddAsync(Db, message.ProjectId, message.LeadRegionCode, cancellationToken);
        project.ReviewEnded(message.AggregateVersion);
        var names = await NameBook.LoadAsync(Db, [], ReviewParties.Regions([message.Party]), cancellationToken);
        var title = ProjectTracker.Named(project);
        var draft = new NotificationDraft(
            NotificationKinds.ProjectChangesRequested,
            NotificationSeverity.Yellow,
            RecordRef.Project(message.ProjectId),
            new($"联建项目退回修改：{project.Title}", $"{ReviewParties.Name(names, message.Party)}将联建项目{title}（第 {message.Revision} 版）退回修改，意见：{message.Comments}"),
            new($"Joint project sent back: {project.Title}", $"{ReviewParties.NameEn(names, message.Party)} sent the joint project {title} (revision {message.Revision}) back for changes: {message.Comments}"));
        await NotifyAsync(message, draft, [Audience.Coordinators(project.PenRegionCode)], cancellationToken);
    }
}
