using Corridor.BuildingBlocks.Inbox;
using Corridor.Contracts.Events;
using Corridor.Teams.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Teams.Projects;

/// <summary>Adds an approved project to Teams' read model, once per message (inbox).</summary>
public sealed class ProjectApprovedConsumer(TeamsDbContext db, TimeProvider clock, ILogger<ProjectApprovedConsumer> logger)
    : InboxConsumer<ProjectApproved, TeamsDbContext>(db, clock, logger)
{
    protected override async Task HandleAsync(ProjectApproved message, CancellationToken cancellationToken)
    {
        var existing = await Db.ApprovedProjects.SingleOrDefaultAsync(p => p.ProjectId == message.ProjectId, cancellationToken);
        if (existing is null)
        {
            Db.ApprovedProjects.Add(new ApprovedProject(
                message.ProjectId, message.Title, message.LeadRegionCode, message.Revision, message.AggregateVersion, message.OccurredAt));
        }
        else
        {
            existing.Refresh(message.Title, message.Revision, message.AggregateVersion, message.OccurredAt, message.LeadRegionCode);
        }
    }
}
