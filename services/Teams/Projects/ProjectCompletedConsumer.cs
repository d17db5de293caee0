using Corridor.BuildingBlocks.Inbox;
using Corridor.Contracts.Events;
using Corridor.Teams.Infrastructure;

namespace Corridor.Teams.Projects;

/// <summary>Ends the deployments to a completed project on its completion day, once per message (inbox).</summary>
public sealed class ProjectCompletedConsumer(TeamsDbContext db, TimeProvider clock, ILogger<ProjectCompletedConsumer> logger)
    : InboxConsumer<ProjectCompleted, TeamsDbContext>(db, clock, logger)
{
    private readonly TimeProvider _clock = clock;

    protected override Task HandleAsync(ProjectCompleted message, CancellationToken cancellationToken) =>
        ProjectEnding.ApplyAsync(
            Db, message.ProjectId, message.LeadRegionCode, ApprovedProjectStatus.Completed, message.CompletedOn, "project completed",
            message.AggregateVersion, message.OccurredAt, _clock.GetUtcNow().UtcDateTime, cancellationToken);
}
