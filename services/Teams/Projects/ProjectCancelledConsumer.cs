using Corridor.BuildingBlocks.Inbox;
using Corridor.Contracts.Events;
using Corridor.Teams.Infrastructure;

namespace Corridor.Teams.Projects;

/// <summary>Ends the deployments to a cancelled project on the day it was cancelled (UTC), once per message (inbox).</summary>
public sealed class ProjectCancelledConsumer(TeamsDbContext db, TimeProvider clock, ILogger<ProjectCancelledConsumer> logger)
    : InboxConsumer<ProjectCancelled, TeamsDbContext>(db, clock, logger)
{
    private readonly TimeProvider _clock = clock;

    protected override Task HandleAsync(ProjectCancelled message, CancellationToken cancellationToken) =>
        ProjectEnding.ApplyAsync(
            Db, message.ProjectId, message.LeadRegionCode, ApprovedProjectStatus.Cancelled, DateOnly.FromDateTime(message.OccurredAt),
            $"project cancelled: {message.Reason}", message.AggregateVersion, message.OccurredAt, _clock.GetUtcNow().UtcDateTime, cancellationToken);
}
