using Corridor.Contracts.Events;
using Corridor.Notifications.Inbox;
using Corridor.Notifications.Infrastructure;
using Corridor.Notifications.Recipients;
using Corridor.Notifications.Records;
using Corridor.Notifications.Texts;

namespace Corridor.Notifications.Projects;

/// <summary>A project submitted or resubmitted for review: the coordinators of every region whose approval it awaits.</summary>
public sealed class ProjectSubmittedConsumer(NotificationsDbContext db, NotificationWriter writer, TimeProvider clock, ILogger<ProjectSubmittedConsumer> logger)
    : NotifyingConsumer<ProjectSubmitted>(db, writer, clock, logger)
{
    protected override async Task HandleAsync(ProjectSubmitted message, CancellationToken cancellationToken)
    {
        var project = await Db.Projects.FindAsync([message.ProjectId], cancellationToken);
        if (project is null)
        {
            project = new TrackedProject(message.ProjectId, message.LeadRegionCode);
            Db.Projects.Add(project);
        }

        project.Named(message.Title);
        project.Saw(message.AggregateVersion);
        var names = await NameBook.LoadAsync(Db, [], [message.LeadRegionCode], cancellationToken);
        var due = ChinaTime.Date(message.ReviewDueAt).ToString("yyyy-MM-dd");
        var resubmitted = message.Revision > 1 || message.Round > 1;
        var draft = new NotificationDraft(
            NotificationKinds.ProjectSubmitted,
            NotificationSeverity.Info,
            RecordRef.Project(message.ProjectId),
            new($"联建项目待审核：{message.Title}", $"{names.Region(message.LeadRegionCode)}{(resubmitted ? "重新提交" : "提交")}联建项目“{message.Title}”（第 {message.Revision} 版），请于{due}前审核。"),
            new($"Joint project to review: {message.Title}", $"{names.Region(message.LeadRegionCode)} {(resubmitted ? "resubmitted" : "submitted")} the joint project “{message.Title}” (revision {message.Revision}); review it by {due}."));
        await NotifyAsync(message, draft, message.RequiredParties.Select(Audience.Coordinators), cancellationToken);
    }
}
