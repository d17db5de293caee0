using Corridor.Sync.Cli;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Corridor.Sync.Webhooks;

/// <summary><c>corridor-sync webhook add</c>: registers a receiver for the region and prints its id and signing secret.</summary>
public sealed class WebhookAddCommand : AsyncCommand<WebhookAddSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, WebhookAddSettings settings, CancellationToken cancellationToken)
    {
        var connection = Connection.Resolve(settings, Environment.GetEnvironmentVariable);
        using var clients = new SyncClients(connection, WebhookEndpoints.DefaultScope, Output.Warn);
        var endpoints = new WebhookEndpoints(clients.Api, connection.NotificationsUrl);

        var registered = await endpoints.RegisterAsync(settings.Url!.Trim(), settings.EventKinds, settings.Description, cancellationToken);

        var endpoint = registered.Endpoint;
        AnsiConsole.MarkupLine($"Registered webhook endpoint {endpoint.Id} → {Markup.Escape(endpoint.Url)} ({Markup.Escape(string.Join(", ", endpoint.EventKinds))}).");
        AnsiConsole.MarkupLine($"Signing secret: {Markup.Escape(registered.Secret)}");
        AnsiConsole.MarkupLine(
            "[yellow]Store this secret in your receiver now[/]: it verifies the webhook-signature header of every delivery. "
            + $"'corridor-sync webhook rotate {endpoint.Id}' replaces it.");
        return ExitCodes.Ok;
    }
}
