namespace Corridor.Lists.Projects.Review;

/// <summary>The rule for who must approve a joint project; configuration (section "Review"), not code.</summary>
public sealed class ReviewPolicy
{
    public const string Section = "Review";

    /// <summary>Whether the conference secretariat must approve in addition to every participating region's coordinator.</summary>
    public bool RequireSecretariat { get; set; } = true;

    public IReadOnlyList<ReviewParty> RequiredParties(IEnumerable<string> participatingRegions)
    {
        var parties = participatingRegions.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).Select(ReviewParty.CoordinatorOf).ToList();
        if (RequireSecretariat)
        {
            parties.Add(ReviewParty.Secretariat);
        }

        return parties;
    }
}
