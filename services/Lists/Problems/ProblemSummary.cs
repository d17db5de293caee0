namespace Corridor.Lists.Problems;

/// <summary>A row of a problem list: what a supervisor scans, without reports, urgings or the trail.</summary>
public sealed record ProblemSummary(
    Guid Id,
    string Title,
    string Category,
    string Severity,
    string Status,
    string RaisedByOrganId,
    string RaisedByRegionCode,
    string HandlingRegionCode,
    string? ResponsibleOrganId,
    DateOnly? DueDate,
    bool Overdue,
    Guid? DuplicateOf,
    DateTime CreatedAt,
    DateTime? EscalatedAt,
    long Version,
    string? RaisedByOrganName = null,
    string? ResponsibleOrganName = null);

public sealed record ProblemPage(IReadOnlyList<ProblemSummary> Items, string? NextCursor);
