using Corridor.Agreements.Infrastructure;
using Corridor.BuildingBlocks.Inbox;
using Corridor.Contracts.Events;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Agreements.Scorecards;

/// <summary>Counts an approved project for the agreement it names, once per message (inbox); projects without an agreement are not ours.</summary>
public sealed class ProjectApprovedConsumer(AgreementsDbContext db, TimeProvider clock, ILogger<ProjectApprovedConsumer> logger)
    : InboxConsumer<ProjectApproved, AgreementsDbContext>(db, clock, logger)
{
    protected override async Task HandleAsync(ProjectApproved message, CancellationToken cancellationToken)
    {
        if (message.AgreementId is not { } agreementId)
        {
            return;
        }

        var existing = await Db.LinkedProjects.SingleOrDefaultAsync(p => p.ProjectId == message.ProjectId, cancellationToken);
        if (existing is null)
        {
            Db.LinkedProjects.Add(new LinkedProject(
                message.ProjectId, agreementId, message.Title, message.LeadOrganId, message.LeadRegionCode, message.Revision, message.AggregateVersion, message.OccurredAt));
        }
        else
        {
            existing.Refresh(agreementId, message.Title, message.Revision, message.AggregateVersion, message.OccurredAt);
        }
    }
}
