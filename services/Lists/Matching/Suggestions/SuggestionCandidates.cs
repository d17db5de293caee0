using Corridor.BuildingBlocks.Directory;
using Corridor.Lists.Infrastructure;
using Corridor.Lists.Resources;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Lists.Matching.Suggestions;

/// <summary>
/// The resources a suggestion scores: available and still valid today, at most <c>scanLimit</c> of them, best first by the
/// score <see cref="MatchScorer"/> gives without the text overlap (computed in SQL), then oldest offer first.
/// </summary>
internal static class SuggestionCandidates
{
    public static async Task<IReadOnlyList<Resource>> LoadAsync(ListsDbContext db, MatchNeed need, DateOnly today, int scanLimit, CancellationToken cancellationToken)
    {
        var fit = MatchScorer.CategoryFor(need.Category);
        var region = need.RegionCode;
        // Same province: the same first two digits of the GB/T 2260 code (RegionCodes.ProvinceOf), compared in SQL.
        var provincePrefix = RegionCodes.ProvinceOf(region)[..2];
        var hasDue = need.DueDate.HasValue;
        var due = need.DueDate ?? DateOnly.MinValue;
        return await db.Resources.AsNoTracking()
            .Where(r => r.Status == ResourceStatus.Available && r.ValidTo >= today)
            .OrderByDescending(r =>
                (r.Category == fit ? MatchScorer.CategoryWeight : 0)
                + (r.RegionCode == region ? MatchScorer.SameRegionWeight : r.RegionCode.StartsWith(provincePrefix) ? MatchScorer.SameProvinceWeight : MatchScorer.OtherMemberWeight)
                + (r.CapacityThousandths > 0 ? MatchScorer.CapacityWeight : 0)
                + (r.ValidFrom <= today ? MatchScorer.CoversTodayWeight : 0)
                + (hasDue && r.ValidFrom <= due && due <= r.ValidTo ? MatchScorer.CoversDueDateWeight : 0))
            .ThenBy(r => r.CreatedAt).ThenBy(r => r.Id)
            .Take(scanLimit)
            .ToListAsync(cancellationToken);
    }
}
