using Corridor.Lists.Projects.Review;

namespace Corridor.Lists.Projects;

/// <summary>OnBehalf: recorded by the secretariat for an absent coordinator. Voided: no longer counts (see VoidReason).</summary>
public sealed record ApprovalResponse(
    string Party, int Revision, int Round, string ApprovedBy, string ApproverOrgan, DateTime ApprovedAt, bool OnBehalf, string? Note, bool Voided, DateTime? VoidedAt, string? VoidReason,
    string? ApproverOrganName = null)
{
    public static ApprovalResponse From(Approval a) =>
        new(a.Party, a.Revision, a.Round, a.ApprovedBy, a.ApproverOrgan, a.ApprovedAt, a.OnBehalf, a.Note, a.VoidedAt is not null, a.VoidedAt, a.VoidReason);
}
