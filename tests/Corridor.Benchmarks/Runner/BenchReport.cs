using System.Globalization;
using System.Text.Json;
using Spectre.Console;

namespace Corridor.Benchmarks.Runner;

/// <summary>Everything one run measured, with what the figures depend on; printed as tables and written as JSON.</summary>
public sealed record BenchReport(
    DateTimeOffset At,
    string Commit,
    string Mode,
    int Cores,
    string Runtime,
    string Broker,
    int Repetitions,
    double SecondsPerRepetition,
    double LoadAverageAtStart,
    double TotalSeconds,
    IReadOnlyList<PathResult> Paths)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };

    public void Print()
    {
        AnsiConsole.MarkupLine(Markup.Escape($"commit {Commit}, {Cores} cores, {Runtime}, {Mode}: {Repetitions} repetitions of {SecondsPerRepetition:0.#} s; load average {LoadAverageAtStart:0.00} at the start; {TotalSeconds:0} s in all"));
        foreach (var path in Paths)
        {
            if (path.Error is not null)
            {
                AnsiConsole.MarkupLine($"[red]{Markup.Escape($"{path.Path} failed after {path.Seconds:0} s: {path.Error.Split('\n')[0]}")}[/]");
                continue;
            }

            var table = new Table().Title(Markup.Escape($"{path.Path}: {path.Title} (load average {path.LoadAverage:0.00} at its end, {path.Seconds:0} s)"))
                .AddColumns("", "unit", "median", "min", "max", "p50 ms", "p99 ms", "targets");
            foreach (var column in table.Columns.Skip(2).Take(5))
            {
                column.RightAligned();
            }

            foreach (var row in path.Rows)
            {
                table.AddRow(
                    Markup.Escape(row.IsBaseline ? $"baseline: {row.Name}" : row.Name),
                    Markup.Escape(row.Unit),
                    Number(row.Rate.Median),
                    Number(row.Rate.Min),
                    Number(row.Rate.Max),
                    row.P50Ms is { } p50 ? p50.ToString("0.0", CultureInfo.InvariantCulture) : "",
                    row.P99Ms is { } p99 ? p99.ToString("0.0", CultureInfo.InvariantCulture) : "",
                    string.Join(", ", row.Targets.Select(t => t.Met ? $"[green]{Markup.Escape(t.Text)} met[/]" : $"[red]{Markup.Escape(t.Text)} missed ({t.Actual:0.#})[/]")));
            }

            AnsiConsole.Write(table);
        }
    }

    public string Write(string repository, string fileName)
    {
        var path = Path.Combine(repository, "bench", "results", fileName);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, JsonSerializer.Serialize(this, Json));
        return Path.GetRelativePath(repository, path);
    }

    private static string Number(double value) => double.IsNaN(value) ? "" : value.ToString(value >= 100 ? "N0" : "0.0", CultureInfo.InvariantCulture);
}
