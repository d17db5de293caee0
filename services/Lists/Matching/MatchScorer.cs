using Corridor.BuildingBlocks.Directory;
using Corridor.Lists.Problems;
using Corridor.Lists.Resources;

namespace Corridor.Lists.Matching;

/// <summary>
/// Scores how well an available resource answers a problem (0–100) and says why. Category fit weighs
/// most because a resource of the wrong kind cannot help however close it is.
/// </summary>
public static class MatchScorer
{
    public const int CategoryWeight = 40;
    public const int SameRegionWeight = 20;
    public const int SameProvinceWeight = 12;
    public const int OtherMemberWeight = 5;
    public const int CapacityWeight = 10;
    public const int CoversTodayWeight = 5;
    public const int CoversDueDateWeight = 5;
    public const int TextWeight = 20;

    public static MatchSuggestion Score(MatchNeed need, Resource resource, DateOnly today)
    {
        var reasons = new List<MatchReason>();
        var fit = CategoryFor(need.Category);
        reasons.Add(fit == resource.Category
            ? new MatchReason("category", CategoryWeight, $"{resource.Category} resource for a {need.Category} problem")
            : new MatchReason("category", 0, $"{resource.Category} resource, the problem is about {need.Category}"));
        reasons.Add(Proximity(need.RegionCode, resource.RegionCode));
        reasons.Add(resource.CapacityThousandths > 0
            ? new MatchReason("capacity", CapacityWeight, $"{resource.Capacity} {resource.Unit} on offer")
            : new MatchReason("capacity", 0, "no capacity left"));
        reasons.Add(resource.Covers(today)
            ? new MatchReason("validity", CoversTodayWeight, $"valid today ({resource.ValidFrom:yyyy-MM-dd} – {resource.ValidTo:yyyy-MM-dd})")
            : new MatchReason("validity", 0, $"not valid today (from {resource.ValidFrom:yyyy-MM-dd})"));
        if (need.DueDate is { } due)
        {
            reasons.Add(resource.Covers(due)
                ? new MatchReason("due-date", CoversDueDateWeight, $"still valid on the due date {due:yyyy-MM-dd}")
                : new MatchReason("due-date", 0, $"not valid on the due date {due:yyyy-MM-dd}"));
        }

        reasons.Add(TextOverlap(need, resource));
        return new MatchSuggestion(ResourceResponse.From(resource), reasons.Sum(r => r.Weight), reasons);
    }

    /// <summary>Best first; equal scores keep the listing order (oldest offer first) so answers are stable.</summary>
    public static IReadOnlyList<MatchSuggestion> Rank(MatchNeed need, IEnumerable<Resource> resources, DateOnly today, int limit) =>
        resources
            .OrderBy(r => r.CreatedAt).ThenBy(r => r.Id)
            .Select(r => Score(need, r, today))
            .Where(s => s.Score > 0)
            .OrderByDescending(s => s.Score)
            .Take(limit)
            .ToArray();

    public static ResourceCategory CategoryFor(ProblemCategory category) => category switch
    {
        ProblemCategory.Policy or ProblemCategory.Customs => ResourceCategory.Policy,
        ProblemCategory.Funding => ResourceCategory.Funding,
        ProblemCategory.Logistics => ResourceCategory.LogisticsCapacity,
        ProblemCategory.PortAndChannel => ResourceCategory.PortAndChannel,
        ProblemCategory.Talent => ResourceCategory.TalentAndExpertise,
        ProblemCategory.LandAndPlanning => ResourceCategory.PlatformOrVenue,
        ProblemCategory.Data => ResourceCategory.Data,
        _ => ResourceCategory.Other,
    };

    private static MatchReason Proximity(string needRegion, string offerRegion)
    {
        if (needRegion == offerRegion)
        {
            return new MatchReason("proximity", SameRegionWeight, $"offered in the same region ({offerRegion})");
        }

        if (ProvinceOf(needRegion) == ProvinceOf(offerRegion))
        {
            return new MatchReason("proximity", SameProvinceWeight, $"offered in the same province ({ProvinceOf(offerRegion)})");
        }

        return new MatchReason("proximity", OtherMemberWeight, $"offered by another corridor member ({offerRegion})");
    }

    private static string ProvinceOf(string region) => RegionCodes.ProvinceOf(region);

    private static MatchReason TextOverlap(MatchNeed need, Resource resource)
    {
        var wanted = TextTokens.Of($"{need.Title} {need.Description}");
        var offered = TextTokens.Of($"{resource.Title} {resource.Description}");
        var shared = wanted.Intersect(offered).Order(StringComparer.Ordinal).ToArray();
        if (wanted.Count == 0 || shared.Length == 0)
        {
            return new MatchReason("text", 0, "no words in common");
        }

        var weight = (int)Math.Round(TextWeight * Math.Min(1.0, shared.Length / (double)Math.Min(wanted.Count, 10)), MidpointRounding.AwayFromZero);
        return new MatchReason("text", weight, $"{shared.Length} words in common: {string.Join(" ", shared.Take(8))}");
    }
}
