using Corridor.Contracts.Events;
using Corridor.Notifications.Inbox;
using Corridor.Notifications.Infrastructure;
using Corridor.Notifications.Recipients;
using Corridor.Notifications.Texts;

namespace Corridor.Notifications.Projects;

/// <summary>A project rejected by a party: the lead region's coordinators learn who and why.</summary>
public sealed class ProjectRejectedConsumer(NotificationsDbContext db, NotificationWriter writer, TimeProvider clock, ILogger<ProjectRejectedConsumer> logger)
    : NotifyingConsumer<ProjectRejected>(db, writer, clock, logger)
{
    protected override async Task HandleAsync(ProjectRejected message, CancellationToken cancellationToken)
    {
        var project = await ProjectTracker.GetOrAddAsync(Db, message.ProjectId, message.LeadRegionCode, cancellationToken);
        project.ReviewEnded(message.AggregateVersion);
        var names = await NameBook.LoadAsync(Db, [], ReviewParties.Regions([message.Party]), cancellationToken);
        var title = ProjectTracker.Named(project);
        var draft = new NotificationDraft(
            NotificationKinds.ProjectRejected,
            NotificationSeverity.Info,
            RecordRef.Project(message.ProjectId),
            new($"联建项目未通过审核：{project.Title}", $"{ReviewParties.Name(names, message.Party)}否决了联建项目{title}（第 {message.Revision} 版），理由：{message.Reason}"),
            new($"Joint project rejected: {project.Title}", $"{ReviewParties.NameEn(names, message.Party)} rejected the joint project {title} (revision {message.Revision}): {message.Reason}"));
        await NotifyAsync(message, draft, [Audience.Coordinators(message.LeadRegionCode)], cancellationToken);
    }
}
