using Corridor.Agreements.Agreements;

namespace Corridor.Agreements.Scorecards;

/// <summary>
/// Plan against actual for one cooperation area and year. The actual figure is the number of activities recorded,
/// except for joint project promotion, where it is the number of approved joint projects linked to the agreement.
/// </summary>
public sealed record AreaScore(CooperationArea Area, int Planned, int Actual, int Activities, int ApprovedProjects, int Participants)
{
    /// <summary>Actual as a percentage of the plan (whole percent, rounded down); null when nothing was planned.</summary>
    public int? CompletionPercent => Planned == 0 ? null : (int)(Actual * 100L / Planned);
}
