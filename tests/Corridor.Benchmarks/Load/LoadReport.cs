using System.Text.Json;
using Corridor.TestKit;

namespace Corridor.Benchmarks.Load;

/// <summary>The figures of a load run: printed as a table and written to bench/results/load-latest.json.</summary>
public sealed record LoadReport(
    DateTimeOffset At,
    string Machine,
    int Rate,
    double Seconds,
    double SendingSeconds,
    int Requests,
    int Errors,
    Dictionary<string, int> ErrorsByKind,
    List<LatencyRow> Latency,
    List<LatencyRow> LatencyBy10Seconds,
    LatencyRow? WarmUp,
    int WarmUpErrors,
    Dictionary<string, double> OutboxDrainSeconds,
    Dictionary<string, MemoryRow> RssMiB)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static LoadReport From(
        int rate, TimeSpan duration, TimeSpan sending, List<LoadSample> samples, List<LoadSample> warmUp,
        IEnumerable<(string Name, TimeSpan Drain)> drains, IEnumerable<(string Name, (double First, double Last) Rss)> memory)
    {
        var rows = samples.GroupBy(s => s.Kind).OrderBy(g => g.Key).Select(g => Row(g.Key, g.ToList())).Prepend(Row("all", samples)).ToList();
        return new LoadReport(
            DateTimeOffset.UtcNow,
            $"{Environment.ProcessorCount} cores, load average {File.ReadAllText("/proc/loadavg").Split(' ')[0]} at the end",
            rate,
            duration.TotalSeconds,
            sending.TotalSeconds,
            samples.Count,
            samples.Count(s => s.Error is not null),
            samples.Where(s => s.Error is not null).GroupBy(s => $"{s.Kind}: {s.Error}").ToDictionary(g => g.Key, g => g.Count()),
            rows,
            samples.GroupBy(s => (int)(s.SentAt.TotalSeconds / 10)).OrderBy(g => g.Key).Select(g => Row($"{g.Key * 10}-{(g.Key + 1) * 10} s", g.ToList())).ToList(),
            warmUp.Count == 0 ? null : Row("warm-up, not counted", warmUp),
            warmUp.Count(s => s.Error is not null),
            drains.ToDictionary(d => d.Name, d => Math.Round(d.Drain.TotalSeconds, 2)),
            memory.ToDictionary(m => m.Name, m => new MemoryRow(Math.Round(m.Rss.First), Math.Round(m.Rss.Last))));
    }

    public void Print()
    {
        Console.WriteLine($"\n{Requests} requests at {Rate}/s planned over {Seconds:F0} s, all answered after {SendingSeconds:F1} s; errors: {Errors} (warm-up: {WarmUpErrors}); {Machine}");
        foreach (var (error, count) in ErrorsByKind)
        {
            Console.WriteLine($"  {count} × {error}");
        }

        Console.WriteLine("| requests | count | p50 ms | p99 ms | max ms |\n|---|---:|---:|---:|---:|");
        foreach (var row in WarmUp is null ? Latency : Latency.Append(WarmUp))
        {
            Console.WriteLine($"| {row.Kind} | {row.Count} | {row.P50Ms:F1} | {row.P99Ms:F1} | {row.MaxMs:F1} |");
        }

        Console.WriteLine("| sent during | count | p50 ms | p99 ms | max ms |\n|---|---:|---:|---:|---:|");
        foreach (var row in LatencyBy10Seconds)
        {
            Console.WriteLine($"| {row.Kind} | {row.Count} | {row.P50Ms:F1} | {row.P99Ms:F1} | {row.MaxMs:F1} |");
        }

        Console.WriteLine("| service | outbox drained after | RSS first 10 s | RSS last 10 s |\n|---|---:|---:|---:|");
        foreach (var (service, drain) in OutboxDrainSeconds)
        {
            Console.WriteLine($"| {service} | {drain:F2} s | {RssMiB[service].FirstMiB:F0} MiB | {RssMiB[service].LastMiB:F0} MiB |");
        }
    }

    public void Write()
    {
        var root = RepositoryRoot.TryFind() ?? throw new InvalidOperationException("Corridor.sln not found above the benchmark");
        var path = Path.Combine(root, "bench", "results", "load-latest.json");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, JsonSerializer.Serialize(this, Json));
        Console.WriteLine($"written to {Path.GetRelativePath(root, path)}");
    }

    private static LatencyRow Row(string kind, List<LoadSample> samples)
    {
        var sorted = samples.Select(s => s.Latency.TotalMilliseconds).Order().ToArray();
        double At(double q) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(q * sorted.Length) - 1)];
        return new LatencyRow(kind, sorted.Length, Math.Round(At(0.50), 1), Math.Round(At(0.99), 1), Math.Round(sorted[^1], 1));
    }
}

public sealed record LatencyRow(string Kind, int Count, double P50Ms, double P99Ms, double MaxMs);

public sealed record MemoryRow(double FirstMiB, double LastMiB);
