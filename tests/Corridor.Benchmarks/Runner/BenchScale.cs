namespace Corridor.Benchmarks.Runner;

/// <summary>How much each path does: the full run's counts, or the smoke run's tiny ones (it proves the paths work, not their speed).</summary>
public sealed record BenchScale(
    string Mode,
    int Repetitions,
    TimeSpan Duration,
    TimeSpan Warmup,
    int SeedProblems,
    int SeedOthers,
    int BatchItems,
    int OutboxRows,
    int LatencyEvents,
    int LatencyRate,
    int BaselineMessages)
{
    // A 5 s warm-up per timed row: right after seeding, tiered compilation was still promoting ~500 Lists methods a second
    // (dotnet-counters, DOTNET_JitDisasmSummary), and a 1 s warm-up measured that JIT as Lists' request cost.
    public static BenchScale Full { get; } = new("full", 3, TimeSpan.FromSeconds(3), TimeSpan.FromSeconds(5), 2_000, 200, 10_000, 10_000, 500, 500, 10_000);

    public static BenchScale Smoke { get; } = new("smoke", 1, TimeSpan.FromMilliseconds(500), TimeSpan.FromMilliseconds(200), 300, 10, 200, 200, 20, 100, 200);
}
