namespace Corridor.Identity.Keys;

public sealed class KeyScheduleOptions
{
    public const string Section = "Identity:Keys";

    /// <summary>How long a key's certificate is valid.</summary>
    public TimeSpan Lifetime { get; set; } = TimeSpan.FromDays(90);

    /// <summary>How long before it starts signing a new key is published, so every validator has fetched it in time.</summary>
    public TimeSpan AnnounceBefore { get; set; } = TimeSpan.FromDays(14);

    /// <summary>How long a replaced key stays published; must exceed the access-token lifetime.</summary>
    public TimeSpan RetireAfter { get; set; } = TimeSpan.FromDays(1);

    /// <summary>How often the running service applies the schedule (creates, switches and drops keys).</summary>
    public TimeSpan CheckInterval { get; set; } = TimeSpan.FromHours(1);

    public void Validate()
    {
        if (AnnounceBefore <= TimeSpan.Zero || RetireAfter <= TimeSpan.Zero || CheckInterval <= TimeSpan.Zero)
        {
            throw new InvalidOperationException($"{Section}: AnnounceBefore, RetireAfter and CheckInterval must be positive.");
        }

        if (Lifetime <= AnnounceBefore + RetireAfter)
        {
            throw new InvalidOperationException($"{Section}:Lifetime must be longer than AnnounceBefore + RetireAfter.");
        }
    }
}
