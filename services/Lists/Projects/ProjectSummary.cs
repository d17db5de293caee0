namespace Corridor.Lists.Projects;

/// <summary>A row of a project list: what a reviewer scans, without the content's details, approvals or the trail.</summary>
public sealed record ProjectSummary(
    Guid Id,
    string Title,
    string Category,
    string Status,
    string LeadOrganId,
    string LeadRegionCode,
    Guid? AgreementId,
    bool AgreementFlagged,
    decimal? Budget,
    int Revision,
    DateTime? ReviewDueAt,
    bool ReviewOverdue,
    DateTime CreatedAt,
    long Version,
    string? LeadOrganName = null);

public sealed record ProjectPage(IReadOnlyList<ProjectSummary> Items, string? NextCursor);
