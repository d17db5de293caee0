using Corridor.Lists.Projects.Review;

namespace Corridor.Lists.Projects;

public sealed record ProjectResponse(
    Guid Id,
    string Title,
    string Description,
    string LeadOrganId,
    string LeadRegionCode,
    IReadOnlyList<PartnerResponse> Partners,
    Guid? AgreementId,
    string Status,
    int Revision,
    IReadOnlyList<ApprovalResponse> Approvals,
    IReadOnlyList<string> PendingApprovals,
    DateTime CreatedAt,
    DateTime? ApprovedAt,
    long Version)
{
    public static ProjectResponse From(Project p, ReviewPolicy policy) => new(
        p.Id,
        p.Title,
        p.Description,
        p.LeadOrganId,
        p.LeadRegionCode,
        p.Partners.Select(x => new PartnerResponse(x.OrganId, x.RegionCode)).ToArray(),
        p.AgreementId,
        p.Status.ToString(),
        p.Revision,
        p.Approvals.Select(a => new ApprovalResponse(a.Party, a.Revision, a.ApprovedBy, a.ApproverOrgan, a.ApprovedAt)).ToArray(),
        p.Status == ProjectStatus.Submitted ? p.PendingParties(policy).Select(r => r.Key).ToArray() : [],
        p.CreatedAt,
        p.ApprovedAt,
        p.Version);
}

public sealed record PartnerResponse(string OrganId, string RegionCode);

public sealed record ApprovalResponse(string Party, int Revision, string ApprovedBy, string ApproverOrgan, DateTime ApprovedAt);
