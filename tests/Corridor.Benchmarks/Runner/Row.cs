namespace Corridor.Benchmarks.Runner;

/// <summary>
/// One line of the results: a scenario or its baseline, its rate over the repetitions (median, min, max) and the
/// median of the repetitions' p50 and p99 latencies (absent for a figure timed as a whole).
/// </summary>
public sealed record Row(string Name, string Unit, bool IsBaseline, Spread Rate, double? P50Ms, double? P99Ms, IReadOnlyList<double> Runs)
{
    public List<Target> Targets { get; } = [];

    public static Row From(string name, string unit, IReadOnlyList<LoopSample> samples, bool baseline = false)
    {
        var p50 = Spread.Of(samples.Select(s => s.P50Ms)).Median;
        var p99 = Spread.Of(samples.Select(s => s.P99Ms)).Median;
        return new Row(
            name,
            unit,
            baseline,
            Round(Spread.Of(samples.Select(s => s.PerSecond))),
            double.IsNaN(p50) ? null : Math.Round(p50, 2),
            double.IsNaN(p99) ? null : Math.Round(p99, 2),
            samples.Select(s => Math.Round(s.PerSecond, 1)).ToList());
    }

    /// <summary>A figure that is not a rate (latency, memory): its value sits in <see cref="Rate"/> with its unit.</summary>
    public static Row Figure(string name, string unit, IReadOnlyList<double> values, bool baseline = false) =>
        new(name, unit, baseline, Round(Spread.Of(values)), null, null, values.Select(v => Math.Round(v, 2)).ToList());

    public Row With(params Target[] targets)
    {
        Targets.AddRange(targets);
        return this;
    }

    private static Spread Round(Spread s) => new(Math.Round(s.Median, 1), Math.Round(s.Min, 1), Math.Round(s.Max, 1));
}
