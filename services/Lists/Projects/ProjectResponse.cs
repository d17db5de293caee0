using Corridor.BuildingBlocks.UseCases;
using Corridor.Lists.Projects.Reactions;
using Corridor.Lists.Projects.Review;

namespace Corridor.Lists.Projects;

/// <summary>
/// A project as clients see it. Approvals lists every approval ever given, voided ones marked; PendingApprovals
/// and BlockedApprovals are about the current round only. The agreement and the deployed teams come from the
/// read models fed by Agreements' and Teams' events.
/// </summary>
public sealed record ProjectResponse(
    Guid Id,
    string Title,
    string Description,
    string Category,
    decimal? Budget,
    long? BudgetFen,
    DateOnly? StartDate,
    DateOnly? EndDate,
    string LeadOrganId,
    string LeadRegionCode,
    string PenHolderRegionCode,
    IReadOnlyList<PartnerResponse> Partners,
    IReadOnlyList<MilestoneResponse> Milestones,
    Guid? AgreementId,
    AgreementStateResponse? Agreement,
    string Status,
    int Revision,
    int Round,
    DateTime? SubmittedAt,
    DateTime? ReviewDueAt,
    bool ReviewOverdue,
    IReadOnlyList<ApprovalResponse> Approvals,
    IReadOnlyList<string> PendingApprovals,
    IReadOnlyList<string> BlockedApprovals,
    string? ReviewComments,
    string? RejectionReason,
    string? CancellationReason,
    IReadOnlyList<DeploymentResponse> DeployedTeams,
    DateTime CreatedAt,
    DateTime UpdatedAt,
    DateTime? ApprovedAt,
    DateOnly? ExecutionStartedOn,
    DateOnly? CompletedOn,
    string? ExternalReference,
    long Version,
    string? LeadOrganName = null) : IVersionedView
{
    public static ProjectResponse From(
        Project p, ReviewPolicy policy, DateTime now, LinkedAgreement? agreement = null, IReadOnlyList<ProjectDeployment>? deployments = null) => new(
        p.Id,
        p.Title,
        p.Description,
        p.Category.ToString(),
        p.BudgetFen / 100m,
        p.BudgetFen,
        p.StartDate,
        p.EndDate,
        p.LeadOrganId,
        p.LeadRegionCode,
        p.PenHolderRegionCode,
        p.Partners.OrderBy(x => x.OrganId, StringComparer.Ordinal).Select(x => new PartnerResponse(x.OrganId, x.RegionCode)).ToArray(),
        p.Milestones.OrderBy(m => m.Number).Select(m => new MilestoneResponse(m.Number, m.Title, m.DueDate, m.Percent, m.ReachedOn, m.LastNote, m.UpdatedAt)).ToArray(),
        p.AgreementId,
        p.AgreementId is null ? null : AgreementStateResponse.From(agreement),
        p.Status.ToString(),
        p.Revision,
        p.Round,
        p.SubmittedAt,
        p.ReviewDueAt,
        p.IsReviewOverdue(now),
        p.Approvals.OrderBy(a => a.ApprovedAt).ThenBy(a => a.Id).Select(ApprovalResponse.From).ToArray(),
        p.PendingParties(policy).Select(r => r.Key).ToArray(),
        p.BlockedParties(policy).Select(r => r.Key).ToArray(),
        p.ReviewComments,
        p.RejectionReason,
        p.CancellationReason,
        (deployments ?? []).OrderBy(d => d.From).ThenBy(d => d.DeploymentId).Select(DeploymentResponse.Of).ToArray(),
        p.CreatedAt,
        p.UpdatedAt,
        p.ApprovedAt,
        p.ExecutionStartedOn,
        p.CompletedOn,
        p.ExternalReference,
        p.Version);
}
