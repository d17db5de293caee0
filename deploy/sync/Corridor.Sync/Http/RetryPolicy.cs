using System.Net;
using System.Net.Http.Headers;

namespace Corridor.Sync.Http;

/// <summary>
/// Bounded retries for what passes by itself: 429 (after its Retry-After), 502/503/504 and network failures,
/// with exponential backoff. Everything else is answered at once.
/// </summary>
public sealed record RetryPolicy(int MaxAttempts, TimeSpan FirstDelay, TimeSpan MaxDelay)
{
    public static RetryPolicy Default { get; } = new(6, TimeSpan.FromMilliseconds(500), TimeSpan.FromSeconds(30));

    public static bool IsTransient(HttpStatusCode status) =>
        status is HttpStatusCode.TooManyRequests or HttpStatusCode.ServiceUnavailable or HttpStatusCode.BadGateway or HttpStatusCode.GatewayTimeout;

    /// <summary>How long to wait before attempt <paramref name="attempt"/> + 1 (1-based); the server's Retry-After wins, capped at <see cref="MaxDelay"/>.</summary>
    public TimeSpan DelayBefore(int attempt, RetryConditionHeaderValue? retryAfter, DateTimeOffset now)
    {
        var backoff = TimeSpan.FromTicks(Math.Min(MaxDelay.Ticks, FirstDelay.Ticks * (1L << Math.Min(attempt - 1, 20))));
        var asked = retryAfter switch
        {
            { Delta: { } delta } => delta,
            { Date: { } date } => date - now,
            _ => (TimeSpan?)null,
        };
        if (asked is { } wait)
        {
            return wait < TimeSpan.Zero ? TimeSpan.Zero : wait > MaxDelay ? MaxDelay : wait;
        }

        return backoff;
    }
}
