using Corridor.BuildingBlocks.Directory;
using Corridor.Lists.Infrastructure;
using Corridor.Lists.Problems;
using Corridor.Lists.Projects;

namespace Corridor.Lists.Organs;

/// <summary>Record views with each organ's current name beside its id: one read-model query per view, never a remote call.</summary>
internal static class ViewOrganNames
{
    public static async Task<ProjectResponse> NamedAsync(this ProjectResponse view, ListsDbContext db, CancellationToken cancellationToken)
    {
        var names = await db.OrganNamesAsync(
            view.Partners.Select(p => p.OrganId).Concat(view.Approvals.Select(a => a.ApproverOrgan)).Prepend(view.LeadOrganId), cancellationToken);
        return view with
        {
            LeadOrganName = names.Of(view.LeadOrganId),
            Partners = [.. view.Partners.Select(p => p with { OrganName = names.Of(p.OrganId) })],
            Approvals = [.. view.Approvals.Select(a => a with { ApproverOrganName = names.Of(a.ApproverOrgan) })],
        };
    }

    public static async Task<IReadOnlyList<ProblemSummary>> NamedAsync(this IReadOnlyList<ProblemSummary> rows, ListsDbContext db, CancellationToken cancellationToken)
    {
        var names = await db.OrganNamesAsync(rows.SelectMany(p => new[] { p.RaisedByOrganId, p.ResponsibleOrganId }), cancellationToken);
        return [.. rows.Select(p => p with { RaisedByOrganName = names.Of(p.RaisedByOrganId), ResponsibleOrganName = names.Of(p.ResponsibleOrganId) })];
    }

    public static async Task<ProblemResponse> NamedAsync(this ProblemResponse view, ListsDbContext db, CancellationToken cancellationToken)
    {
        var names = await db.OrganNamesAsync(
            view.CoResponsibleOrgans.Select(c => c.OrganId)
                .Concat(view.ProgressReports.Select(r => r.ByOrganId))
                .Concat(view.Urgings.Select(u => u.ByOrganId))
                .Concat([view.RaisedByOrganId, view.ResponsibleOrganId, view.TransferredToOrganId]),
            cancellationToken);
        return view with
        {
            RaisedByOrganName = names.Of(view.RaisedByOrganId),
            ResponsibleOrganName = names.Of(view.ResponsibleOrganId),
            TransferredToOrganName = names.Of(view.TransferredToOrganId),
            CoResponsibleOrgans = [.. view.CoResponsibleOrgans.Select(c => c with { OrganName = names.Of(c.OrganId) })],
            ProgressReports = [.. view.ProgressReports.Select(r => r with { ByOrganName = names.Of(r.ByOrganId) })],
            Urgings = [.. view.Urgings.Select(u => u with { ByOrganName = names.Of(u.ByOrganId) })],
        };
    }
}
