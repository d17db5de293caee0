namespace Corridor.Lists.Projects;

/// <summary>
/// The content of a project as a client sends it, to create (POST) or to save a new revision (PUT, full replacement).
/// Budget is CNY in yuan with at most two decimals, stored exactly as integer fen.
/// </summary>
public sealed record CreateProjectRequest(
    string? Title,
    string? Description,
    IReadOnlyList<PartnerRequest>? Partners,
    Guid? AgreementId,
    string? Category = null,
    decimal? Budget = null,
    DateOnly? StartDate = null,
    DateOnly? EndDate = null,
    IReadOnlyList<MilestoneRequest>? Milestones = null)
{
    /// <summary>The content, each partner in the region the directory records for it (<paramref name="regionOf"/>).</summary>
    public ProjectContent ToContent(Func<string, string> regionOf) => new(
        Title!.Trim(),
        Description ?? "",
        Category is null ? ProjectCategory.Other : Enum.Parse<ProjectCategory>(Category),
        Budget is { } yuan ? (long)(yuan * 100m) : null,
        StartDate,
        EndDate,
        Partners!.Select(p => new PartnerRef(p.OrganId!, regionOf(p.OrganId!))).ToArray(),
        (Milestones ?? []).Select(m => new MilestonePlan(m.Title!, m.DueDate!.Value)).ToArray(),
        AgreementId);
}
