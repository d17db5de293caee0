using Corridor.Agreements.Agreements;
using Corridor.Agreements.Infrastructure;
using Corridor.BuildingBlocks.Directory;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Agreements.Scorecards;

/// <summary>
/// Scorecards for one agreement, for the agreements of a region, or for the whole conference. A roll-up counts
/// every agreement that has been in force (activated at least once) and has a plan, an activity or an approved
/// project in the year; a region's roll-up takes the agreements with a party of that region or of a division within it,
/// read from the GB/T 2260 code itself: a province (xx0000) holds the codes with its first two digits, a prefecture
/// (xxxx00) those with its first four; no list of divisions is compiled in.
/// </summary>
internal static class ScorecardQueries
{
    public static async Task<AgreementScorecard> ForAgreementAsync(AgreementsDbContext db, Guid id, int year, CancellationToken cancellationToken)
    {
        var agreement = await AgreementQueries.GetAsync(db, id, cancellationToken);
        var scores = await ScoreAsync(db, [agreement], year, cancellationToken);
        return new AgreementScorecard(agreement.Id, agreement.Title, agreement.Kind.ToString(), agreement.Status.ToString(), year, scores[agreement.Id]);
    }

    public static async Task<RollUpScorecard> RollUpAsync(AgreementsDbContext db, string? region, int year, CancellationToken cancellationToken)
    {
        var query = db.Agreements.AsNoTracking().AsSplitQuery().Where(a => a.ActivatedAt != null);
        if (region is not null)
        {
            var within = WithinPrefix(region);
            query = within is null
                ? query.Where(a => a.Parties.Any(p => p.RegionCode == region))
                : query.Where(a => a.Parties.Any(p => p.RegionCode.StartsWith(within)));
        }

        var agreements = await query.ToListAsync(cancellationToken);
        var scores = await ScoreAsync(db, agreements, year, cancellationToken);
        var counted = scores.Where(s => s.Value.Any(a => a.Planned > 0 || a.Activities > 0 || a.ApprovedProjects > 0)).ToArray();
        return new RollUpScorecard(region, year, counted.Length, ScorecardCalculator.Sum(counted.Select(s => s.Value)));
    }

    /// <summary>The code prefix the divisions within <paramref name="region"/> share; null for a county, which holds none.</summary>
    private static string? WithinPrefix(string region) =>
        RegionCodes.ProvinceOf(region) == region ? region[..2]
        : region.EndsWith("00", StringComparison.Ordinal) ? region[..4]
        : null;

    private static async Task<Dictionary<Guid, IReadOnlyList<AreaScore>>> ScoreAsync(
        AgreementsDbContext db, IReadOnlyList<Agreement> agreements, int year, CancellationToken cancellationToken)
    {
        var ids = agreements.Select(a => a.Id).ToArray();
        var from = new DateOnly(year, 1, 1);
        var to = new DateOnly(year, 12, 31);
        var tallies = await db.Activities.AsNoTracking()
            .Where(a => ids.Contains(a.AgreementId) && a.Date >= from && a.Date <= to)
            .GroupBy(a => new { a.AgreementId, a.Area })
            .Select(g => new AreaTally(g.Key.AgreementId, g.Key.Area, g.Count(), g.Sum(a => a.ParticipantCount)))
            .ToListAsync(cancellationToken);
        var yearStart = new DateTime(year, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        var yearEnd = yearStart.AddYears(1);
        var projects = await db.LinkedProjects.AsNoTracking()
            .Where(p => ids.Contains(p.AgreementId) && p.ApprovedAt >= yearStart && p.ApprovedAt < yearEnd)
            .GroupBy(p => p.AgreementId)
            .Select(g => new { AgreementId = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.AgreementId, g => g.Count, cancellationToken);
        return agreements.ToDictionary(
            a => a.Id,
            a => ScorecardCalculator.Score(a.Plans.Where(p => p.Year == year), tallies.Where(t => t.AgreementId == a.Id), projects.GetValueOrDefault(a.Id)));
    }
}

public sealed record AgreementScorecard(Guid AgreementId, string Title, string Kind, string Status, int Year, IReadOnlyList<AreaScore> Areas);

public sealed record RollUpScorecard(string? Region, int Year, int Agreements, IReadOnlyList<AreaScore> Areas);
