using Corridor.Benchmarks.Paths;
using Corridor.Benchmarks.Runner;
using Spectre.Console.Cli;

namespace Corridor.Benchmarks.Cli;

/// <summary><c>all</c>: every path in one run; writes bench/results/latest.json.</summary>
public sealed class AllCommand : AsyncCommand<RunSettings>
{
    public override Task<int> ExecuteAsync(CommandContext context, RunSettings settings, CancellationToken cancellationToken) =>
        BenchRun.RunAsync(settings.Scale(BenchScale.Full), AllPaths.Create(), "latest.json");
}
