namespace Corridor.Benchmarks.Runner;

/// <summary>One measured repetition: how many operations completed in how long, and their latency percentiles.</summary>
public sealed record LoopSample(long Count, TimeSpan Elapsed, double P50Ms, double P99Ms)
{
    public double PerSecond => Count / Elapsed.TotalSeconds;

    public static LoopSample From(IReadOnlyCollection<double> latenciesMs, TimeSpan elapsed)
    {
        var sorted = latenciesMs.Order().ToArray();
        return new LoopSample(sorted.Length, elapsed, Percentile(sorted, 0.50), Percentile(sorted, 0.99));
    }

    /// <summary>A repetition timed as a whole (a batch, a drain): no per-operation latencies.</summary>
    public static LoopSample Whole(long count, TimeSpan elapsed) => new(count, elapsed, double.NaN, double.NaN);

    /// <summary>Nearest-rank percentile of an ascending array.</summary>
    public static double Percentile(double[] sorted, double quantile) =>
        sorted.Length == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(quantile * sorted.Length) - 1, 0, sorted.Length - 1)];
}
