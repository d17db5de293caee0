namespace Corridor.Sync.Tests.Http;

/// <summary>
/// A clock whose timers shorter than an hour fire at once and are recorded: the retry delays the pipeline waits,
/// without waiting them. Longer timers (the attempts' timeouts in these tests) run on real time, so never fire.
/// </summary>
internal sealed class InstantDelays : TimeProvider
{
    private static readonly TimeSpan Longest = TimeSpan.FromHours(1);
    private readonly List<TimeSpan> _waited = [];

    public IReadOnlyList<TimeSpan> Waited
    {
        get
        {
            lock (_waited)
            {
                return [.. _waited];
            }
        }
    }

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        if (dueTime == Timeout.InfiniteTimeSpan || dueTime >= Longest)
        {
            return base.CreateTimer(callback, state, dueTime, period);
        }

        lock (_waited)
        {
            _waited.Add(dueTime);
        }

        return base.CreateTimer(callback, state, TimeSpan.Zero, period);
    }
}
