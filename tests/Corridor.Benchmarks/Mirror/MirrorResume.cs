using System.Diagnostics;

namespace Corridor.Benchmarks.Mirror;

/// <summary>
/// One SIGKILL of the follow process and its restart (Stopwatch timestamps): the writes answered meanwhile, and when
/// the mirror again showed every sampled write answered before the restart (<paramref name="CaughtUp"/> false when the
/// next kill or the limit came first; <paramref name="CaughtUpAt"/> is then that moment).
/// </summary>
internal sealed record MirrorResume(long AtWrite, long WritesWhileDown, long KilledAt, long RestartedAt, long CaughtUpAt, bool CaughtUp)
{
    public TimeSpan Downtime => Stopwatch.GetElapsedTime(KilledAt, RestartedAt);

    /// <summary>From the restart (process start included) to the mirror showing what was written before it.</summary>
    public TimeSpan CatchUp => Stopwatch.GetElapsedTime(RestartedAt, CaughtUpAt);

    /// <summary>A sample whose way from answer to mirror crossed the kill, the downtime or the catch-up: not steady-state lag.</summary>
    public bool Overlaps(LagSample sample) => sample.AnsweredAt <= CaughtUpAt && sample.VisibleAt >= KilledAt;
}
