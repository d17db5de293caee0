using Corridor.BuildingBlocks.UseCases;

namespace Corridor.Lists.Problems;

public sealed record ProblemResponse(
    Guid Id,
    string Title,
    string Description,
    string Category,
    string Severity,
    string Status,
    string RaisedByOrganId,
    string RaisedByRegionCode,
    string? EnterpriseCreditCode,
    string? ExternalReference,
    string HandlingRegionCode,
    string? ResponsibleOrganId,
    string? ResponsibleRegionCode,
    IReadOnlyList<CoResponsibleOrganResponse> CoResponsibleOrgans,
    DateOnly? DueDate,
    bool Overdue,
    int DaysOverdue,
    string? TransferredToOrganId,
    string? Resolution,
    int? Satisfaction,
    string? RejectionReason,
    Guid? DuplicateOf,
    IReadOnlyList<ProgressReportResponse> ProgressReports,
    IReadOnlyList<UrgingResponse> Urgings,
    DateTime CreatedAt,
    DateTime UpdatedAt,
    DateTime? ResolvedAt,
    DateTime? ClosedAt,
    DateTime? EscalatedAt,
    long Version) : IVersionedView
{
    public static ProblemResponse From(Problem p, DateOnly today) => new(
        p.Id,
        p.Title,
        p.Description,
        p.Category.ToString(),
        p.Severity.ToString(),
        p.Status.ToString(),
        p.RaisedByOrganId,
        p.RaisedByRegionCode,
        p.EnterpriseCreditCode,
        p.ExternalReference,
        p.HandlingRegionCode,
        p.ResponsibleOrganId,
        p.ResponsibleRegionCode,
        p.CoResponsibleOrgans.OrderBy(c => c.OrganId, StringComparer.Ordinal).Select(c => new CoResponsibleOrganResponse(c.OrganId, c.RegionCode)).ToArray(),
        p.DueDate,
        p.IsOverdue(today),
        p.DaysOverdue(today),
        p.TransferredToOrganId,
        p.Resolution,
        p.Satisfaction,
        p.RejectionReason,
        p.DuplicateOfId,
        p.ProgressReports.OrderBy(r => r.At).ThenBy(r => r.Id).Select(r => new ProgressReportResponse(r.Text, r.SupportNeeded, r.ByOrganId, r.By, r.At)).ToArray(),
        p.Urgings.OrderBy(u => u.At).ThenBy(u => u.Id).Select(u => new UrgingResponse(u.By, u.ByOrganId, u.ByRegionCode, u.At, u.Note)).ToArray(),
        p.CreatedAt,
        p.UpdatedAt,
        p.ResolvedAt,
        p.ClosedAt,
        p.EscalatedAt,
        p.Version);
}

public sealed record CoResponsibleOrganResponse(string OrganId, string RegionCode);

public sealed record ProgressReportResponse(string Text, string? SupportNeeded, string ByOrganId, string By, DateTime At);

public sealed record UrgingResponse(string By, string ByOrganId, string ByRegionCode, DateTime At, string? Note);

public sealed record ProblemTransitionResponse(string Action, string? From, string To, string By, string ByOrganId, string ByRegionCode, DateTime At, string? Note);
