namespace Corridor.BuildingBlocks.Outbox;

public sealed class OutboxOptions
{
    public const string Section = "Outbox";

    /// <summary>Fallback poll when no commit signal arrives (another replica wrote, or a signal was missed).</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);

    public int BatchSize { get; set; } = 100;

    /// <summary>How long one publish may wait for the broker's confirm before the batch is retried.</summary>
    public TimeSpan PublishTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// How long a replica holds the rows it is publishing. A replica starts no publish that could outlast its lease
    /// (now + <see cref="PublishTimeout"/>), so a slow batch stops early instead of overlapping another replica.
    /// </summary>
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Failed attempts to read or serialise one row before it is quarantined and later rows go on.</summary>
    public int MaxAttempts { get; set; } = 5;

    /// <summary>Readiness reports Degraded when the oldest undispatched row is older than this, or a row is quarantined.</summary>
    public TimeSpan BacklogDegradedAfter { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Readiness reports Unhealthy (HTTP 503) when the oldest undispatched row is older than this.</summary>
    public TimeSpan BacklogUnhealthyAfter { get; set; } = TimeSpan.FromMinutes(5);

    public TimeSpan MinBackoff { get; set; } = TimeSpan.FromMilliseconds(200);

    public TimeSpan MaxBackoff { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Dispatched outbox rows and inbox records are kept this long, then deleted.</summary>
    public TimeSpan Retention { get; set; } = TimeSpan.FromDays(7);

    /// <summary>An Idempotency-Key's stored answer is replayed for this long; afterwards the key counts as new.</summary>
    public TimeSpan IdempotencyKeyRetention { get; set; } = TimeSpan.FromDays(7);

    public TimeSpan CleanupInterval { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Rows the clean-up deletes per statement, so it never holds the database's write lock for long.</summary>
    public int CleanupBatchSize { get; set; } = 1000;

    /// <summary>Refuses settings under which the dispatcher could never publish or quarantine anything.</summary>
    public OutboxOptions Validated()
    {
        if (LeaseDuration < 2 * PublishTimeout)
        {
            throw new InvalidOperationException($"Outbox:LeaseDuration ({LeaseDuration}) must be at least twice Outbox:PublishTimeout ({PublishTimeout}), or no publish fits in a lease.");
        }

        if (MaxAttempts < 1 || BacklogUnhealthyAfter < BacklogDegradedAfter)
        {
            throw new InvalidOperationException("Outbox:MaxAttempts must be at least 1 and Outbox:BacklogUnhealthyAfter no shorter than Outbox:BacklogDegradedAfter.");
        }

        return this;
    }
}
