using Corridor.Benchmarks.Growth;
using Corridor.Benchmarks.Runner;
using Spectre.Console.Cli;

namespace Corridor.Benchmarks.Cli;

/// <summary><c>growth</c>: outside <c>all</c> (seeding a million problems takes minutes); writes bench/results/growth.json.</summary>
public sealed class GrowthCommand : AsyncCommand<GrowthSettings>
{
    public override Task<int> ExecuteAsync(CommandContext context, GrowthSettings settings, CancellationToken cancellationToken)
    {
        var scale = BenchScale.Full with
        {
            Repetitions = settings.Repetitions ?? BenchScale.Full.Repetitions,
            Duration = settings.Seconds is { } seconds ? TimeSpan.FromSeconds(seconds) : BenchScale.Full.Duration,
        };
        return GrowthRun.RunAsync(scale, settings.Small, settings.Large);
    }
}
