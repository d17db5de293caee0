using System.Text.Json;
using Corridor.Benchmarks.Runner;
using Corridor.TestKit;

namespace Corridor.Benchmarks.Mirror;

/// <summary>The figures of a mirror run: printed and written to bench/results/mirror-latest.json.</summary>
public sealed record MirrorReport(
    DateTimeOffset At,
    string Commit,
    int Cores,
    double LoadAverageAtStart,
    double LoadAverageAtEnd,
    int Writes,
    int Writers,
    long WritesAnswered,
    int LostRaces,
    int Errors,
    IReadOnlyList<string> FirstErrors,
    IReadOnlyDictionary<string, int> Operations,
    double WritingSeconds,
    double WritesPerSecond,
    string LagMeasured,
    int LagSamples,
    int LagSamplesAcrossKills,
    int LagSamplesSuperseded,
    int LagSamplesNeverSeen,
    double LagP50Ms,
    double LagP99Ms,
    double LagMaxMs,
    double LagAcrossKillsMaxMs,
    IReadOnlyList<ResumeRow> Resumes,
    int VerifyExitCode,
    int VerifyRounds,
    string VerifyOutput,
    IReadOnlyList<PhaseTime> Phases,
    IReadOnlyList<string> Failures,
    string Target,
    bool Passed)
{
    private const double LagTargetMs = 1000;
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    internal static MirrorReport From(
        int writes, int writers, MirrorWriters run, TimeSpan writing, LagProbe probe, IReadOnlyList<MirrorResume> resumes,
        int verifyExit, int verifyRounds, string verifyOutput, IReadOnlyList<PhaseTime> phases, double loadAtStart, IReadOnlyList<string> failures)
    {
        var seen = probe.Seen().Where(s => s.Write > 0).ToList();
        var acrossKills = seen.Where(s => resumes.Any(r => r.Overlaps(s))).ToList();
        var steady = seen.Except(acrossKills).Select(s => s.Lag.TotalMilliseconds).Order().ToArray();
        var p99 = Quantile(steady, 0.99);
        var neverSeen = probe.Pending().Count(s => s.Write > 0);
        var root = RepositoryRoot.TryFind() ?? throw new InvalidOperationException("Corridor.sln not found above the benchmark");
        return new MirrorReport(
            DateTimeOffset.UtcNow,
            Machine.Commit(root),
            Environment.ProcessorCount,
            loadAtStart,
            Machine.LoadAverage(),
            writes,
            writers,
            run.AnsweredWrites,
            run.LostRaces,
            run.Errors.Count,
            [.. run.Errors.Take(10)],
            new SortedDictionary<string, int>(run.Done.ToDictionary()),
            Math.Round(writing.TotalSeconds, 1),
            Math.Round(run.AnsweredWrites / writing.TotalSeconds, 1),
            $"{(run.SampleEvery == 1 ? "every write" : $"every {run.SampleEvery}th write")} that answers with a version (creates and updates): from its answer to the mirror's SQLite file holding the record at that version or later, "
                + $"read read-only every {LagProbe.PollInterval.TotalMilliseconds:0} ms; samples whose way crossed a kill, the downtime or the catch-up after it are reported apart; "
                + $"the pull polls every {MirrorRun.PollInterval} once caught up",
            steady.Length,
            acrossKills.Count,
            probe.Superseded,
            neverSeen,
            Math.Round(Quantile(steady, 0.50), 1),
            Math.Round(p99, 1),
            Math.Round(steady.LastOrDefault(), 1),
            Math.Round(acrossKills.Select(s => s.Lag.TotalMilliseconds).DefaultIfEmpty().Max(), 1),
            [.. resumes.Select(r => new ResumeRow(r.AtWrite, r.WritesWhileDown, Math.Round(r.Downtime.TotalSeconds, 2), Math.Round(r.CatchUp.TotalSeconds, 2), r.CaughtUp))],
            verifyExit,
            verifyRounds,
            verifyOutput.Length > 4000 ? verifyOutput[^4000..] : verifyOutput,
            phases,
            failures,
            "verify identical; mirror lag p99 < 1 s",
            verifyExit == 0 && p99 < LagTargetMs && steady.Length > 0 && neverSeen == 0 && run.Errors.Count == 0 && failures.Count == 0);
    }

    public void Print()
    {
        Console.WriteLine($"\ncommit {Commit}, {Cores} cores, load average {LoadAverageAtStart:0.00} at the start, {LoadAverageAtEnd:0.00} at the end");
        Console.WriteLine($"writes: {WritesAnswered:N0} of {Writes:N0} answered by {Writers} writers in {WritingSeconds:0.0} s = {WritesPerSecond:0.0} writes/s; lost races {LostRaces}, errors {Errors}");
        Console.WriteLine($"  {string.Join(", ", Operations.Select(o => $"{o.Key} {o.Value:N0}"))}");
        foreach (var error in FirstErrors)
        {
            Console.WriteLine($"  error: {error}");
        }

        Console.WriteLine($"mirror lag ({LagMeasured}):");
        Console.WriteLine($"  {LagSamples} samples: p50 {LagP50Ms:0.0} ms, p99 {LagP99Ms:0.0} ms, max {LagMaxMs:0.0} ms (target p99 < {LagTargetMs:0} ms)");
        Console.WriteLine($"  apart: {LagSamplesAcrossKills} samples across a kill (max {LagAcrossKillsMaxMs:0} ms), {LagSamplesSuperseded} retracted before the mirror showed them, {LagSamplesNeverSeen} never seen");
        Console.WriteLine("| kill at write | writes while down | down s | catch-up s (restart → mirror holds every earlier sampled write) |\n|---:|---:|---:|---:|");
        foreach (var resume in Resumes)
        {
            Console.WriteLine($"| {resume.AtWrite:N0} | {resume.WritesWhileDown:N0} | {resume.DowntimeSeconds:0.00} | {resume.CatchUpSeconds:0.00}{(resume.CaughtUp ? "" : " (not caught up: killed again or timed out)")} |");
        }

        Console.WriteLine($"verify: exit {VerifyExitCode} after {VerifyRounds} pull+verify round(s)\n{VerifyOutput.TrimEnd()}");
        Console.WriteLine($"phases: {string.Join("; ", Phases.Select(p => $"{p.Phase} {p.Seconds:0.0} s"))}");
        foreach (var failure in Failures)
        {
            Console.WriteLine($"FAILED: {failure}");
        }

        Console.WriteLine(Passed ? $"target met: {Target}" : $"target missed: {Target}");
    }

    public void Write()
    {
        var root = RepositoryRoot.TryFind() ?? throw new InvalidOperationException("Corridor.sln not found above the benchmark");
        var path = Path.Combine(root, "bench", "results", "mirror-latest.json");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, JsonSerializer.Serialize(this, Json));
        Console.WriteLine($"written to {Path.GetRelativePath(root, path)}");
    }

    private static double Quantile(double[] sorted, double q) =>
        sorted.Length == 0 ? double.NaN : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(q * sorted.Length) - 1)];
}

public sealed record ResumeRow(long AtWrite, long WritesWhileDown, double DowntimeSeconds, double CatchUpSeconds, bool CaughtUp);
