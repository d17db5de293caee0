using System.Diagnostics;
using Corridor.Benchmarks.Paths;
using Corridor.TestKit;
using Spectre.Console;

namespace Corridor.Benchmarks.Runner;

/// <summary>Starts the system once, runs the given paths one after the other, prints and writes what they measured.</summary>
public static class BenchRun
{
    public static async Task<int> RunAsync(BenchScale scale, IReadOnlyList<IBenchPath> paths, string resultFile)
    {
        var repository = RepositoryRoot.TryFind() ?? throw new InvalidOperationException("Corridor.sln not found above the benchmark");
        var loadAtStart = Machine.LoadAverage();
        var total = Stopwatch.StartNew();
        var results = new List<PathResult>();
        string broker;
        await using (var context = await BenchContext.StartAsync(scale))
        {
            broker = context.BrokerDescription;
            AnsiConsole.MarkupLine(Markup.Escape($"services up after {total.Elapsed.TotalSeconds:0.0} s ({context.System.DataDirectory}); broker: {broker}"));
            foreach (var path in paths)
            {
                AnsiConsole.MarkupLine(Markup.Escape($"== {path.Name}: {path.Title}"));
                var clock = Stopwatch.StartNew();
                try
                {
                    var rows = await path.RunAsync(context);
                    results.Add(new PathResult(path.Name, path.Title, rows, Machine.LoadAverage(), Math.Round(clock.Elapsed.TotalSeconds, 1)));
                }
                catch (Exception failure) when (failure is InvalidOperationException or TimeoutException or HttpRequestException or Grpc.Core.RpcException)
                {
                    // The other paths still run and report; the failure is printed, kept in the JSON and fails the exit code.
                    AnsiConsole.WriteException(failure, ExceptionFormats.ShortenEverything);
                    results.Add(new PathResult(path.Name, path.Title, [], Machine.LoadAverage(), Math.Round(clock.Elapsed.TotalSeconds, 1), failure.ToString()));
                }
            }
        }

        var report = new BenchReport(DateTimeOffset.UtcNow, Machine.Commit(repository), scale.Mode, Environment.ProcessorCount,
            $".NET {Environment.Version}", broker, scale.Repetitions, scale.Duration.TotalSeconds, loadAtStart, Math.Round(total.Elapsed.TotalSeconds), results);
        report.Print();
        AnsiConsole.MarkupLine(Markup.Escape($"written to {report.Write(repository, resultFile)}"));
        var insane = results.SelectMany(p => p.Rows.Select(r => (p.Path, Row: r))).Where(x => !IsSane(x.Row)).ToList();
        foreach (var (path, row) in insane)
        {
            AnsiConsole.MarkupLine($"[red]{Markup.Escape($"{path}: {row.Name} measured no sane figure ({row.Rate})")}[/]");
        }

        foreach (var failed in results.Where(r => r.Error is not null))
        {
            AnsiConsole.MarkupLine($"[red]{Markup.Escape($"{failed.Path} failed: {failed.Error!.Split('\n')[0]}")}[/]");
        }

        return insane.Count == 0 && results.All(r => r.Error is null && r.Rows.Count > 0) ? 0 : 1;
    }

    // Speed is not judged here (the machine is shared); a path that ran must have measured something.
    private static bool IsSane(Row row) =>
        double.IsFinite(row.Rate.Median) && row.Rate.Min > 0 && row.P99Ms is not <= 0 && row.Runs.Count > 0;
}
