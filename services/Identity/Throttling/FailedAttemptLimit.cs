namespace Corridor.Identity.Throttling;

/// <summary>How many failures a key (a user name, a client id, a remote address) may have within a window before it is locked, and for how long.</summary>
public sealed class FailedAttemptLimit
{
    public int MaxFailedAttempts { get; set; } = 5;

    /// <summary>Failures count together within this time from the first of them.</summary>
    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(15);

    public TimeSpan LockoutDuration { get; set; } = TimeSpan.FromMinutes(15);
}
