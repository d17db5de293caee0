using Corridor.Contracts.Events;
using Corridor.Notifications.Inbox;
using Corridor.Notifications.Infrastructure;
using Corridor.Notifications.Recipients;
using Corridor.Notifications.Texts;

namespace Corridor.Notifications.Projects;

/// <summary>The pen of a draft handed to another region: that region's coordinators may now edit it.</summary>
public sealed class ProjectPenHandedConsumer(NotificationsDbContext db, NotificationWriter writer, TimeProvider clock, ILogger<ProjectPenHandedConsumer> logger)
    : NotifyingConsumer<ProjectPenHanded>(db, writer, clock, logger)
{
    protected override async Task HandleAsync(ProjectPenHanded message, CancellationToken cancellationToken)
    {
        var project = await ProjectTracker.GetOrAddAsync(Db, message.ProjectId, message.LeadRegionCode, cancellationToken);
        project.PenHanded(message.ToRegionCode, message.AggregateVersion);
        var names = await NameBook.LoadAsync(Db, [], [message.FromRegionCode, message.ToRegionCode], cancellationToken);
        var title = ProjectTracker.Named(project);
        var draft = new NotificationDraft(
            NotificationKinds.ProjectPenHanded,
            NotificationSeverity.Info,
            RecordRef.Project(message.ProjectId),
            new($"联建项目执笔移交：{project.Title}", $"{names.Region(message.FromRegionCode)}将联建项目{title}的执笔移交{names.Region(message.ToRegionCode)}，请继续编制。"),
            new($"Pen handed over: {project.Title}", $"{names.Region(message.FromRegionCode)} handed the pen of the joint project {title} to {names.Region(message.ToRegionCode)}, which now drafts it."));
        await NotifyAsync(message, draft, [Audience.Coordinators(message.ToRegionCode)], cancellationToken);
    }
}
