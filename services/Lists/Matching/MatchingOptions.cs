namespace Corridor.Lists.Matching;

/// <summary>Configuration section "Matching".</summary>
public sealed class MatchingOptions
{
    public const string Section = "Matching";

    /// <summary>
    /// Available resources a suggestion scores at most: the best by every reason SQL can weigh (all but the text overlap,
    /// worth at most 20), so the work of one suggestion does not grow with the number of resources on offer.
    /// </summary>
    public int SuggestionScanLimit { get; set; } = 1000;
}
