namespace Corridor.Lists.Problems.Supervision;

/// <summary>Configuration section "Problems:Urging".</summary>
public sealed class UrgingOptions
{
    public const string Section = "Problems:Urging";

    /// <summary>
    /// Urgings one organ may add to one problem per (UTC) day. Every urging is kept on the problem and loaded with it,
    /// so an unbounded number would slow every later write and the escalation job.
    /// </summary>
    public int MaxPerOrganPerDay { get; set; } = 3;
}
