using Corridor.Benchmarks.Paths;
using Corridor.Benchmarks.Runner;
using Spectre.Console.Cli;

namespace Corridor.Benchmarks.Cli;

/// <summary>One path alone (then peak memory); writes bench/results/&lt;path&gt;.json.</summary>
public sealed class PathCommand<TPath> : AsyncCommand<RunSettings>
    where TPath : IBenchPath, new()
{
    public override Task<int> ExecuteAsync(CommandContext context, RunSettings settings, CancellationToken cancellationToken)
    {
        var path = new TPath();
        return BenchRun.RunAsync(settings.Scale(BenchScale.Full), [path, new PeakMemoryPath()], $"{path.Name}.json");
    }
}
