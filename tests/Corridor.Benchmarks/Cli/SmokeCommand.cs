using Corridor.Benchmarks.Paths;
using Corridor.Benchmarks.Runner;
using Spectre.Console.Cli;

namespace Corridor.Benchmarks.Cli;

/// <summary><c>smoke</c>: every path with tiny counts (CI keeps the benchmark working; no speed is asserted).</summary>
public sealed class SmokeCommand : AsyncCommand<RunSettings>
{
    public override Task<int> ExecuteAsync(CommandContext context, RunSettings settings, CancellationToken cancellationToken) =>
        BenchRun.RunAsync(settings.Scale(BenchScale.Smoke), AllPaths.Create(), "smoke.json");
}
