using System.Collections.Concurrent;

namespace Corridor.Identity.Throttling;

/// <summary>
/// Failures per key in a window that opens with the first failure; the failure that reaches the limit locks the key
/// for the lockout duration. Kept in memory, per Identity replica (ADR 0016): a restart forgets the counts.
/// </summary>
internal sealed class FailedAttempts(FailedAttemptLimit limit, TimeProvider time)
{
    // Keys an attacker invents (user names, client ids) must not pile up: idle ones are dropped now and then.
    private const int SweepAbove = 10_000;
    private static readonly TimeSpan SweepEvery = TimeSpan.FromMinutes(1);

    private readonly ConcurrentDictionary<string, Tally> _tallies = new(StringComparer.OrdinalIgnoreCase);
    private long _nextSweepTicks;

    /// <summary>How much longer <paramref name="key"/> stays locked; null when it is not.</summary>
    public TimeSpan? LockedFor(string key)
    {
        if (!_tallies.TryGetValue(key, out var tally))
        {
            return null;
        }

        var now = time.GetUtcNow();
        lock (tally)
        {
            return tally.LockedUntil > now ? tally.LockedUntil - now : null;
        }
    }

    /// <summary>Counts a failure; answers how long <paramref name="key"/> is locked when it is (now or already).</summary>
    public TimeSpan? RecordFailure(string key)
    {
        var now = time.GetUtcNow();
        SweepIfDue(now);
        var tally = _tallies.GetOrAdd(key, static _ => new Tally());
        lock (tally)
        {
            if (tally.LockedUntil > now)
            {
                return tally.LockedUntil - now;
            }

            if (now - tally.WindowStart >= limit.Window)
            {
                tally.WindowStart = now;
                tally.Failures = 0;
            }

            if (++tally.Failures < limit.MaxFailedAttempts)
            {
                return null;
            }

            tally.Failures = 0;
            tally.LockedUntil = now + limit.LockoutDuration;
            return limit.LockoutDuration;
        }
    }

    public void Clear(string key) => _tallies.TryRemove(key, out _);

    private void SweepIfDue(DateTimeOffset now)
    {
        var due = Interlocked.Read(ref _nextSweepTicks);
        if (_tallies.Count <= SweepAbove || now.UtcTicks < due
            || Interlocked.CompareExchange(ref _nextSweepTicks, (now + SweepEvery).UtcTicks, due) != due)
        {
            return;
        }

        foreach (var entry in _tallies)
        {
            lock (entry.Value)
            {
                if (entry.Value.LockedUntil <= now && now - entry.Value.WindowStart >= limit.Window)
                {
                    _tallies.TryRemove(entry);
                }
            }
        }
    }

    private sealed class Tally
    {
        public DateTimeOffset WindowStart { get; set; } = DateTimeOffset.MinValue;

        public int Failures { get; set; }

        public DateTimeOffset LockedUntil { get; set; } = DateTimeOffset.MinValue;
    }
}
