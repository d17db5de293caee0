using System.Text;
using BenchmarkDotNet.Exporters;
using BenchmarkDotNet.Loggers;
using BenchmarkDotNet.Reports;

namespace Corridor.MicroBenchmarks;

/// <summary>Every class's GitHub-markdown table of one run in one file, the page a run is recorded from (bench/results/micro/latest.md).</summary>
public static class MicroSummary
{
    public static void Write(IReadOnlyList<Summary> summaries, string path)
    {
        var text = new StringBuilder();
        foreach (var summary in summaries)
        {
            var type = summary.BenchmarksCases.FirstOrDefault()?.Descriptor.Type.Name ?? summary.Title;
            text.AppendLine($"## {type}").AppendLine();
            var log = new AccumulationLogger();
            MarkdownExporter.GitHub.ExportToLog(summary, log);
            text.AppendLine(log.GetLog().Trim()).AppendLine();
        }

        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text.ToString());
    }
}
