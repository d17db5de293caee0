using Corridor.Contracts.Events;
using Corridor.Notifications.Inbox;
using Corridor.Notifications.Infrastructure;
using Corridor.Notifications.Recipients;

namespace Corridor.Notifications.Teams;

/// <summary>A team's deployment to a project ended: the owner organ's people, who may deploy it elsewhere or stand it down.</summary>
public sealed class DeploymentEndedConsumer(NotificationsDbContext db, NotificationWriter writer, TimeProvider clock, ILogger<DeploymentEndedConsumer> logger)
    : NotifyingConsumer<DeploymentEnded>(db, writer, clock, logger)
{
    protected override async Task HandleAsync(DeploymentEnded message, CancellationToken cancellationToken)
    {
        var team = await Db.Teams.FindAsync([message.TeamId], cancellationToken);
        if (team is null)
        {
            // TeamRegistered was published before this service existed: there is no known owner to tell.
            return;
        }

        var project = await Db.Projects.FindAsync([message.ProjectId], cancellationToken);
        var projectName = project is { Title.Length: > 0 } ? $"“{project.Title}”" : message.ProjectId.ToString();
        var ended = message.EndedOn.ToString("yyyy-MM-dd");
        var draft = new NotificationDraft(
            NotificationKinds.DeploymentEnded,
            NotificationSeverity.Info,
            RecordRef.Team(message.TeamId),
            new($"派驻结束：{team.Name}", $"{team.Name}在联建项目{projectName}的派驻已于{ended}结束（{message.Reason}），可重新派驻或解散。"),
            new($"Deployment ended: {team.Name}", $"{team.Name}'s deployment to the joint project {projectName} ended on {ended} ({message.Reason}); deploy it elsewhere or stand it down."));
        await NotifyAsync(message, draft, [Audience.OrganPeople(team.OwnerOrganId)], cancellationToken);
    }
}
