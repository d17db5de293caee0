using System.Net;
using System.Net.Http.Headers;

namespace Corridor.Sync.Http;

/// <summary>
/// Bounded retries for what passes by itself: 429 (after its Retry-After), 502/503/504 and network failures,
/// with exponential backoff from <see cref="FirstDelay"/> up to <see cref="MaxDelay"/>. Everything else is answered at once.
/// Carried out by the resilience pipeline of <see cref="SyncHttp"/>.
/// </summary>
public sealed record RetryPolicy(int MaxAttempts, TimeSpan FirstDelay, TimeSpan MaxDelay)
{
    public static RetryPolicy Default { get; } = new(6, TimeSpan.FromMilliseconds(500), TimeSpan.FromSeconds(30));

    public static bool IsTransient(HttpStatusCode status) =>
        status is HttpStatusCode.TooManyRequests or HttpStatusCode.ServiceUnavailable or HttpStatusCode.BadGateway or HttpStatusCode.GatewayTimeout;

    /// <summary>The wait the server asked for (Retry-After), capped at <see cref="MaxDelay"/>; <see langword="null"/> when it asked none.</summary>
    public TimeSpan? AskedDelay(RetryConditionHeaderValue? retryAfter, DateTimeOffset now)
    {
        var asked = retryAfter switch
        {
            { Delta: { } delta } => delta,
            { Date: { } date } => date - now,
            _ => (TimeSpan?)null,
        };
        return asked is not { } wait ? null : wait < TimeSpan.Zero ? TimeSpan.Zero : wait > MaxDelay ? MaxDelay : wait;
    }
}
