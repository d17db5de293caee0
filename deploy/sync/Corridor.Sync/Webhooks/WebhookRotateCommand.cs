using System.Globalization;
using Corridor.Sync.Cli;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Corridor.Sync.Webhooks;

/// <summary>
/// <c>corridor-sync webhook rotate</c>: a new signing secret at once; during the overlap every delivery is signed with
/// the old secret too, so the receiver can switch whenever it likes within the window.
/// </summary>
public sealed class WebhookRotateCommand : AsyncCommand<WebhookRotateSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, WebhookRotateSettings settings, CancellationToken cancellationToken)
    {
        var connection = Connection.Resolve(settings, Environment.GetEnvironmentVariable);
        using var clients = new SyncClients(connection, WebhookEndpoints.DefaultScope, Output.Warn);

        var secrets = await new WebhookEndpoints(clients.Api, connection.NotificationsUrl).RotateAsync(settings.Id, settings.OverlapDuration, cancellationToken);

        AnsiConsole.MarkupLine($"New signing secret of {settings.Id}: {Markup.Escape(secrets.Secret)}");
        AnsiConsole.MarkupLine(secrets.PreviousSecretExpiresAt is { } expires
            ? $"[yellow]Store it in your receiver[/] before {expires.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture)}: until then deliveries are signed with the old secret too."
            : "[yellow]Store it in your receiver now[/]: the old secret no longer signs deliveries.");
        return ExitCodes.Ok;
    }
}
