using Corridor.Benchmarks.Mirror;
using Spectre.Console.Cli;

namespace Corridor.Benchmarks.Cli;

/// <summary><c>mirror [writes] [writers]</c>: the issue-16 mirror-fidelity run (bench/results/mirror-latest.json).</summary>
public sealed class MirrorCommand : AsyncCommand<MirrorSettings>
{
    public override Task<int> ExecuteAsync(CommandContext context, MirrorSettings settings, CancellationToken cancellationToken) =>
        MirrorRun.RunAsync(settings.Writes, settings.Writers, TimeSpan.FromSeconds(settings.DownSeconds), TimeSpan.FromSeconds(settings.MaxWritingSeconds));
}
