using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Corridor.Sync.Cli;

/// <summary>Where the services and the authority are, and how to authenticate; every command takes these.</summary>
public class ConnectionSettings : CommandSettings
{
    [CommandOption("--base-url <URL>")]
    [Description("The gateway (or one host serving every service). Env CORRIDOR_SYNC_BASE_URL; default http://127.0.0.1:5001.")]
    public string? BaseUrl { get; set; }

    [CommandOption("--lists-url <URL>")]
    [Description("The Lists service, when not behind --base-url.")]
    public string? ListsUrl { get; set; }

    [CommandOption("--agreements-url <URL>")]
    [Description("The Agreements service, when not behind --base-url.")]
    public string? AgreementsUrl { get; set; }

    [CommandOption("--teams-url <URL>")]
    [Description("The Teams service, when not behind --base-url.")]
    public string? TeamsUrl { get; set; }

    [CommandOption("--directory-url <URL>")]
    [Description("The Directory service, when not behind --base-url.")]
    public string? DirectoryUrl { get; set; }

    [CommandOption("--notifications-url <URL>")]
    [Description("The Notifications service (webhook endpoints), when not behind --base-url.")]
    public string? NotificationsUrl { get; set; }

    [CommandOption("--authority <URL>")]
    [Description("The OpenID Connect authority for client credentials. Env CORRIDOR_SYNC_AUTHORITY.")]
    public string? Authority { get; set; }

    [CommandOption("--client-id <ID>")]
    [Description("The region's client id (e.g. sync-450000). Env CORRIDOR_SYNC_CLIENT_ID.")]
    public string? ClientId { get; set; }

    [CommandOption("--client-secret <SECRET>")]
    [Description("The client's secret. Env CORRIDOR_SYNC_CLIENT_SECRET (preferred: it stays out of the shell history).")]
    public string? ClientSecret { get; set; }

    [CommandOption("--scope <SCOPES>")]
    [Description("Scopes to ask for, space-separated; default: what the command needs.")]
    public string? Scope { get; set; }

    [CommandOption("--token <TOKEN>")]
    [Description("A bearer token obtained elsewhere, instead of client credentials. Env CORRIDOR_SYNC_TOKEN.")]
    public string? Token { get; set; }

    [CommandOption("--timeout <DURATION>")]
    [Description("Timeout of one HTTP request (e.g. 100s, 2m).")]
    [DefaultValue("100s")]
    public string Timeout { get; set; } = "100s";

    [CommandOption("--retries <N>")]
    [Description("Attempts per request on 429, 502-504 and network failures (with backoff; Retry-After honoured).")]
    [DefaultValue(6)]
    public int Retries { get; set; } = 6;

    public override ValidationResult Validate()
    {
        try
        {
            _ = Connection.Resolve(this, Environment.GetEnvironmentVariable);
            return ValidationResult.Success();
        }
        catch (SyncFailure invalid)
        {
            return ValidationResult.Error(invalid.Message);
        }
    }
}
