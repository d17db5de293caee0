using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Exporters;
using BenchmarkDotNet.Exporters.Json;

namespace Corridor.MicroBenchmarks;

/// <summary>
/// BenchmarkDotNet's default columns, loggers, analysers and validators; the results exported as GitHub markdown and
/// full JSON only, into bench/results/micro/ of the repository (ignored by git but for the committed summary).
/// </summary>
public static class MicroConfig
{
    public static IConfig Create()
    {
        var defaults = DefaultConfig.Instance;
        return ManualConfig.CreateEmpty()
            .AddColumnProvider([.. defaults.GetColumnProviders()])
            .AddLogger([.. defaults.GetLoggers()])
            .AddAnalyser([.. defaults.GetAnalysers()])
            .AddValidator([.. defaults.GetValidators()])
            .AddExporter(MarkdownExporter.GitHub, JsonExporter.Full)
            .WithArtifactsPath(ArtifactsPath);
    }

    /// <summary>bench/results/micro of the repository this build is in.</summary>
    public static string ArtifactsPath { get; } = Path.Combine(RepositoryRoot(), "bench", "results", "micro");

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Corridor.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No Corridor.sln above {AppContext.BaseDirectory}: run the benchmarks from the repository's build output.");
    }
}
