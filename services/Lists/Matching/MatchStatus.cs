namespace Corridor.Lists.Matching;

/// <summary>Proposed → Committed (both sides accepted) or Declined (either side said no); both are final.</summary>
public enum MatchStatus
{
    Proposed,
    Committed,
    Declined,
}
