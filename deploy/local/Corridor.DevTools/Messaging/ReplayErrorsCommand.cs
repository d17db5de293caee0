using Corridor.BuildingBlocks.Messaging;
using Corridor.DevTools.Cli;
using Spectre.Console.Cli;

namespace Corridor.DevTools.Messaging;

/// <summary><c>replay-errors</c>: after the cause is fixed, moves the messages parked in &lt;queue&gt;_error back into &lt;queue&gt;.</summary>
public sealed class ReplayErrorsCommand : AsyncCommand<ReplayErrorsSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, ReplayErrorsSettings settings, CancellationToken cancellationToken)
    {
        var moved = await ErrorQueueReplay.ReplayAsync(new Uri(settings.Broker), settings.Queue, cancellationToken);
        Console.Out.WriteLine($"Moved {moved} messages from {settings.Queue}_error back into {settings.Queue}.");
        return ExitCodes.Ok;
    }
}
