namespace Corridor.Agreements.Lifecycle;

/// <summary>Configuration section "Agreements:Lifecycle".</summary>
public sealed class LifecycleOptions
{
    public const string Section = "Agreements:Lifecycle";

    /// <summary>How often the job activates, expires and warns.</summary>
    public TimeSpan Interval { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Agreements ending within this many days are listed as expiring and get one RenewalDue.</summary>
    public int RenewalWindowDays { get; set; } = 90;

    /// <summary>Most agreements handled per step and round, so each save stays a short transaction.</summary>
    public int BatchSize { get; set; } = 100;
}
