using Corridor.Sync.Cli;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Corridor.Sync.Webhooks;

/// <summary><c>corridor-sync webhook remove</c>: deletes an endpoint with its deliveries; nothing more is sent to it.</summary>
public sealed class WebhookRemoveCommand : AsyncCommand<WebhookIdSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, WebhookIdSettings settings, CancellationToken cancellationToken)
    {
        var connection = Connection.Resolve(settings, Environment.GetEnvironmentVariable);
        using var clients = new SyncClients(connection, WebhookEndpoints.DefaultScope, Output.Warn);

        await new WebhookEndpoints(clients.Api, connection.NotificationsUrl).RemoveAsync(settings.Id, cancellationToken);

        AnsiConsole.MarkupLine($"Removed webhook endpoint {settings.Id}.");
        return ExitCodes.Ok;
    }
}
