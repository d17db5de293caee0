using Corridor.Lists.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Lists.Projects;

/// <summary>Project counts by region and status; every count runs in SQL.</summary>
internal static class ProjectStatistics
{
    public const string Rule =
        "Every project is counted once, in its current status. byLeadRegion: under the region of its lead organ. " +
        "byParticipatingRegion: once under every region taking part (the lead's and each partner's; two partner organs of one region count once), " +
        "so its totals exceed the number of projects. Budget: sum of the stated budgets (CNY) of the projects counted in the row; projects without a budget add 0. " +
        "Rejected and Cancelled projects are counted under their status, not removed.";

    public static async Task<ProjectStatisticsResponse> ComputeAsync(ListsDbContext db, CancellationToken cancellationToken)
    {
        var projects = db.Projects.AsNoTracking();
        var byLead = await projects
            .GroupBy(p => new { p.LeadRegionCode, p.Status })
            .Select(g => new { Region = g.Key.LeadRegionCode, g.Key.Status, Count = g.Count(), Fen = g.Sum(p => p.BudgetFen ?? 0) })
            .ToListAsync(cancellationToken);

        // A partner region is never the lead's (a domain rule), so lead rows and partner rows never count a project twice;
        // two partner organs of one region count once (distinct project and region).
        var partnerRows =
            from p in projects
            from x in p.Partners
            select new { x.RegionCode, p.Status, p.Id, Fen = p.BudgetFen ?? 0 };
        var byPartner = await partnerRows
            .Distinct()
            .GroupBy(x => new { x.RegionCode, x.Status })
            .Select(g => new { Region = g.Key.RegionCode, g.Key.Status, Count = g.Count(), Fen = g.Sum(x => x.Fen) })
            .ToListAsync(cancellationToken);

        var participating = byLead.Concat(byPartner)
            .GroupBy(r => (r.Region, r.Status))
            .Select(g => new RegionStatusCount(g.Key.Region, g.Key.Status.ToString(), g.Sum(r => r.Count), g.Sum(r => r.Fen) / 100m));

        return new ProjectStatisticsResponse(
            byLead.Sum(r => r.Count),
            Order(byLead.Select(r => new RegionStatusCount(r.Region, r.Status.ToString(), r.Count, r.Fen / 100m))),
            Order(participating),
            byLead.GroupBy(r => r.Status).OrderBy(g => g.Key).Select(g => new StatusCount(g.Key.ToString(), g.Sum(r => r.Count))).ToArray(),
            Rule);
    }

    private static RegionStatusCount[] Order(IEnumerable<RegionStatusCount> rows) =>
        rows.OrderBy(r => r.RegionCode, StringComparer.Ordinal).ThenBy(r => Enum.Parse<ProjectStatus>(r.Status)).ToArray();
}
