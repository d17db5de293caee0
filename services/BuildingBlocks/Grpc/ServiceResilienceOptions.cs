namespace Corridor.BuildingBlocks.Grpc;

/// <summary>
/// Retries and circuit breaking of the gRPC calls to other services (Services:Resilience). Retries apply to
/// UNAVAILABLE only, within the caller's deadline; the breaker counts connection failures and attempts cut off
/// unanswered by the caller's deadline to one peer and, once open, fails calls at once instead of letting each
/// wait out its deadline.
/// </summary>
public sealed class ServiceResilienceOptions
{
    public const string Section = "Services:Resilience";

    /// <summary>Attempts per call in all (the first one included); 1 turns retries off.</summary>
    public int RetryMaxAttempts { get; set; } = 3;

    public TimeSpan RetryInitialBackoff { get; set; } = TimeSpan.FromMilliseconds(100);

    public TimeSpan RetryMaxBackoff { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Share of failed attempts within the sampling window that opens the breaker.</summary>
    public double BreakerFailureRatio { get; set; } = 0.5;

    /// <summary>Attempts the window must hold before the ratio counts (a call to a dead peer makes RetryMaxAttempts).</summary>
    public int BreakerMinimumThroughput { get; set; } = 5;

    public TimeSpan BreakerSamplingDuration { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long an open breaker fails calls at once before it lets one through to try the peer again.</summary>
    public TimeSpan BreakerBreakDuration { get; set; } = TimeSpan.FromSeconds(15);
}
