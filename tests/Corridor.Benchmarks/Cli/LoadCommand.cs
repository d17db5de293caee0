using Corridor.Benchmarks.Load;
using Spectre.Console.Cli;

namespace Corridor.Benchmarks.Cli;

/// <summary><c>load [rate] [seconds] [--warm-up seconds]</c>: the issue-15 mixed load run (bench/results/load-latest.json).</summary>
public sealed class LoadCommand : AsyncCommand<LoadSettings>
{
    public override Task<int> ExecuteAsync(CommandContext context, LoadSettings settings, CancellationToken cancellationToken) =>
        LoadRun.RunAsync(settings.Rate, TimeSpan.FromSeconds(settings.Seconds), TimeSpan.FromSeconds(settings.WarmUpSeconds));
}
