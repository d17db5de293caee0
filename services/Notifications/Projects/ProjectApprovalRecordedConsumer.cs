using Corridor.BuildingBlocks.Inbox;
using Corridor.Contracts.Events;
using Corridor.Notifications.Infrastructure;

namespace Corridor.Notifications.Projects;

/// <summary>
/// Keeps the parties a review round still awaits, so the review reminder goes only to those who have not approved.
/// It tells no one: the round's outcome (ProjectApproved) does.
/// </summary>
public sealed class ProjectApprovalRecordedConsumer(NotificationsDbContext db, TimeProvider clock, ILogger<ProjectApprovalRecordedConsumer> logger)
    : InboxConsumer<ProjectApprovalRecorded, NotificationsDbContext>(db, clock, logger)
{
    protected override async Task HandleAsync(ProjectApprovalRecorded message, CancellationToken cancellationToken)
    {
        var project = await ProjectTracker.GetOrAddAsync(Db, message.ProjectId, message.LeadRegionCode, cancellationToken);
        project.ApprovalRecorded(message.PendingParties, message.AggregateVersion);
    }
}
