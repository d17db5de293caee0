using System.Globalization;
using Corridor.Sync.Cli;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Corridor.Sync.Webhooks;

/// <summary><c>corridor-sync webhook list</c>: the region's endpoints, oldest first, with their health.</summary>
public sealed class WebhookListCommand : AsyncCommand<WebhookSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, WebhookSettings settings, CancellationToken cancellationToken)
    {
        var connection = Connection.Resolve(settings, Environment.GetEnvironmentVariable);
        using var clients = new SyncClients(connection, WebhookEndpoints.DefaultScope, Output.Warn);
        var endpoints = await new WebhookEndpoints(clients.Api, connection.NotificationsUrl).ListAsync(cancellationToken);

        if (endpoints.Count == 0)
        {
            AnsiConsole.MarkupLine("No webhook endpoints for your region; 'corridor-sync webhook add --url …' registers one.");
            return ExitCodes.Ok;
        }

        var table = new Table().Border(TableBorder.Rounded).AddColumns("Id", "URL", "Events", "Status", "Failing since");
        foreach (var endpoint in endpoints)
        {
            table.AddRow(
                endpoint.Id.ToString(),
                Markup.Escape(endpoint.Url),
                Markup.Escape(string.Join(", ", endpoint.EventKinds)),
                endpoint.Status == "Active"
                    ? "[green]Active[/]"
                    : $"[red]{Markup.Escape(endpoint.Status)}[/]{(endpoint.DisabledReason is { } reason ? $" ({Markup.Escape(reason)})" : "")}",
                endpoint.FailingSince is { } since ? since.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture) : "-");
        }

        AnsiConsole.Write(table);
        return ExitCodes.Ok;
    }
}
