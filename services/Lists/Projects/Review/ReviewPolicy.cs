namespace Corridor.Lists.Projects.Review;

/// <summary>The rule for who must approve a joint project and by when; configuration (section "Review"), not code.</summary>
public sealed class ReviewPolicy
{
    public const string Section = "Review";

    /// <summary>Whether the conference secretariat must approve in addition to every participating region's coordinator.</summary>
    public bool RequireSecretariat { get; set; } = true;

    /// <summary>Days a review round may take from submission (or from the last edit under review) before it is overdue.</summary>
    public int ReviewDays { get; set; } = 10;

    /// <summary>Participating regions that have no coordinator configured: their approval can never be given in person.</summary>
    public string[] RegionsWithoutCoordinator { get; set; } = [];

    /// <summary>Regions that left the conference: their coordinator can never approve.</summary>
    public string[] FormerMemberRegions { get; set; } = [];

    private Func<IReadOnlySet<string>> _regionsNotMemberToday = () => new HashSet<string>();

    /// <summary>
    /// This configuration with the regions the directory records as not members today (<see cref="ReviewMembership"/>),
    /// read once, the first time a rule needs them.
    /// </summary>
    public ReviewPolicy WithMembership(Func<IReadOnlySet<string>> regionsNotMemberToday)
    {
        var once = new Lazy<IReadOnlySet<string>>(regionsNotMemberToday);
        return new ReviewPolicy
        {
            RequireSecretariat = RequireSecretariat,
            ReviewDays = ReviewDays,
            RegionsWithoutCoordinator = RegionsWithoutCoordinator,
            FormerMemberRegions = FormerMemberRegions,
            _regionsNotMemberToday = () => once.Value,
        };
    }

    public IReadOnlyList<ReviewParty> RequiredParties(IEnumerable<string> participatingRegions)
    {
        var parties = participatingRegions.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).Select(ReviewParty.CoordinatorOf).ToList();
        if (RequireSecretariat)
        {
            parties.Add(ReviewParty.Secretariat);
        }

        return parties;
    }

    /// <summary>The regions among <paramref name="participatingRegions"/> whose coordinator can never approve, with why.</summary>
    public IReadOnlyList<(string RegionCode, string Reason)> UnreachableRegions(IEnumerable<string> participatingRegions) =>
        participatingRegions.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)
            .Select(region => (region, Reason: ReasonUnreachable(region)))
            .Where(r => r.Reason is not null)
            .Select(r => (r.region, r.Reason!))
            .ToArray();

    private string? ReasonUnreachable(string region) =>
        FormerMemberRegions.Contains(region, StringComparer.Ordinal) || _regionsNotMemberToday().Contains(region) ? "the region is no longer a member of the conference"
        : RegionsWithoutCoordinator.Contains(region, StringComparer.Ordinal) ? "the region has no coordinator"
        : null;
}
