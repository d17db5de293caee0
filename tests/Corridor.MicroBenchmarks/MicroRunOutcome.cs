using BenchmarkDotNet.Reports;

namespace Corridor.MicroBenchmarks;

/// <summary>
/// The exit code of a run: 1 when nothing ran (a filter that matches no benchmark) or any benchmark did not produce
/// measurements (a build, setup or benchmark that threw), so the CI smoke fails on a broken benchmark. Speed never fails it.
/// </summary>
public static class MicroRunOutcome
{
    public static int ExitCode(IEnumerable<Summary> summaries, TextWriter errors)
    {
        var all = summaries.ToList();
        var failed = all
            .SelectMany(s => s.HasCriticalValidationErrors
                ? [$"{s.Title}: critical validation errors"]
                : s.Reports.Where(r => !r.Success || r.ResultStatistics is null).Select(r => r.BenchmarkCase.DisplayInfo))
            .ToList();
        if (all.Count == 0 || all.Sum(s => s.BenchmarksCases.Length) == 0)
        {
            errors.WriteLine("No benchmark ran: the filter matched none.");
            return 1;
        }

        foreach (var benchmark in failed)
        {
            errors.WriteLine($"Benchmark failed: {benchmark}");
        }

        return failed.Count == 0 ? 0 : 1;
    }
}
