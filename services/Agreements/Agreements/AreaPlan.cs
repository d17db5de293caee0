namespace Corridor.Agreements.Agreements;

/// <summary>
/// What the parties commit to in one cooperation area for one calendar year: a number of activities
/// (for <see cref="CooperationArea.JointProjects"/>, of approved joint projects) and the goal in words.
/// </summary>
public sealed record AreaPlan(int Year, CooperationArea Area, int Planned, string? Goal)
{
    public const int MaxGoal = 1000;
}
