using Corridor.BuildingBlocks.Inbox;
using Corridor.Contracts.Events;
using Corridor.Notifications.Infrastructure;

namespace Corridor.Notifications.Projects;

/// <summary>
/// Tracks a new project's title and lead region. It tells no one: a draft asks nothing of the participating regions
/// yet (its content and participants may still change); they are told when it is submitted for their review.
/// </summary>
public sealed class ProjectDraftedConsumer(NotificationsDbContext db, TimeProvider clock, ILogger<ProjectDraftedConsumer> logger)
    : InboxConsumer<ProjectDrafted, NotificationsDbContext>(db, clock, logger)
{
    protected override async Task HandleAsync(ProjectDrafted message, CancellationToken cancellationToken)
    {
        var project = await ProjectTracker.GetOrAddAsync(Db, message.ProjectId, message.LeadRegionCode, cancellationToken);
        project.Named(message.Title);
        project.Saw(message.AggregateVersion);
    }
}
