using System.Globalization;
using Corridor.Benchmarks.Load;
using Spectre.Console.Cli;

namespace Corridor.Benchmarks.Cli;

/// <summary><c>load [rate] [seconds]</c>: the issue-15 mixed load run (bench/results/load-latest.json).</summary>
public sealed class LoadCommand : AsyncCommand<LoadSettings>
{
    public override Task<int> ExecuteAsync(CommandContext context, LoadSettings settings, CancellationToken cancellationToken) =>
        LoadRun.RunAsync(["load", settings.Rate.ToString(CultureInfo.InvariantCulture), settings.Seconds.ToString(CultureInfo.InvariantCulture)]);
}
