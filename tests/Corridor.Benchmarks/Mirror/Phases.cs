using System.Diagnostics;

namespace Corridor.Benchmarks.Mirror;

/// <summary>The run's phases, each with the seconds since the previous one ended.</summary>
internal sealed class Phases(Stopwatch clock)
{
    private readonly List<PhaseTime> _all = [];
    private TimeSpan _last;

    public IReadOnlyList<PhaseTime> All => _all;

    public void End(string name)
    {
        var now = clock.Elapsed;
        var phase = new PhaseTime(name, Math.Round((now - _last).TotalSeconds, 1));
        _all.Add(phase);
        _last = now;
        Console.WriteLine($"  {phase.Phase}: {phase.Seconds:0.0} s");
    }
}

public sealed record PhaseTime(string Phase, double Seconds);
