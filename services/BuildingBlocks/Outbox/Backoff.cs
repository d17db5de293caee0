namespace Corridor.BuildingBlocks.Outbox;

/// <summary>Exponential back-off with jitter, reset after a success.</summary>
public sealed class Backoff(TimeSpan min, TimeSpan max)
{
    private int _failures;

    public TimeSpan Next()
    {
        var exponent = Math.Min(_failures++, 16);
        var delay = Math.Min(max.TotalMilliseconds, min.TotalMilliseconds * Math.Pow(2, exponent));
        var jitter = Random.Shared.NextDouble() * 0.2 * delay;
        return TimeSpan.FromMilliseconds(delay + jitter);
    }

    public void Reset() => _failures = 0;
}
