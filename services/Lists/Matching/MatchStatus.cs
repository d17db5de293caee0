namespace Corridor.Lists.Matching;

/// <summary>
/// Proposed → Committed (both sides accepted) or Declined (either side said no); a commitment can be
/// Released by either side, which gives the resource back. Declined and Released are final.
/// </summary>
public enum MatchStatus
{
    Proposed,
    Committed,
    Declined,
    Released,
}
