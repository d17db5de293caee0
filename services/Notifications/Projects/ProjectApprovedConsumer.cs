using Corridor.Contracts.Events;
using Corridor.Notifications.Inbox;
using Corridor.Notifications.Infrastructure;
using Corridor.Notifications.Recipients;
using Corridor.Notifications.Texts;

namespace Corridor.Notifications.Projects;

/// <summary>Every party approved: the lead region's coordinators may start the project.</summary>
public sealed class ProjectApprovedConsumer(NotificationsDbContext db, NotificationWriter writer, TimeProvider clock, ILogger<ProjectApprovedConsumer> logger)
    : NotifyingConsumer<ProjectApproved>(db, writer, clock, logger)
{
    protected override async Task HandleAsync(ProjectApproved message, CancellationToken cancellationToken)
    {
        var project = await ProjectTracker.GetOrAddAsync(Db, message.ProjectId, message.LeadRegionCode, cancellationToken);
        project.Named(message.Title);
        project.ReviewEnded(message.AggregateVersion);
        var names = await NameBook.LoadAsync(Db, [], message.ParticipatingRegionCodes, cancellationToken);
        var regions = names.Regions(message.ParticipatingRegionCodes, "、");
        var regionsEn = names.Regions(message.ParticipatingRegionCodes, ", ");
        var draft = new NotificationDraft(
            NotificationKinds.ProjectApproved,
            NotificationSeverity.Info,
            RecordRef.Project(message.ProjectId),
            new($"联建项目审核通过：{message.Title}", $"联建项目“{message.Title}”（第 {message.Revision} 版）已获{regions}全部审核通过，可启动实施。"),
            new($"Joint project approved: {message.Title}", $"The joint project “{message.Title}” (revision {message.Revision}) was approved by all of {regionsEn}; it may start."));
        await NotifyAsync(message, draft, [Audience.Coordinators(message.LeadRegionCode)], cancellationToken);
    }
}
