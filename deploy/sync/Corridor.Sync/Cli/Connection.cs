using Corridor.Sync.Feeds;

namespace Corridor.Sync.Cli;

/// <summary>The connection settings with the environment applied and checked.</summary>
public sealed record Connection(
    IReadOnlyDictionary<string, Uri> ServiceUrls,
    Uri? Authority,
    string? ClientId,
    string? ClientSecret,
    string? Scope,
    string? Token,
    TimeSpan Timeout,
    int Retries)
{
    public const string DefaultBaseUrl = "http://127.0.0.1:5001";

    /// <summary>Notifications has no change feed (so it is no <see cref="SyncService"/>); the webhook commands call it.</summary>
    public const string NotificationsService = "notifications";

    // The bounds of a timeout for one attempt in the resilience pipeline.
    private static readonly TimeSpan MinTimeout = TimeSpan.FromMilliseconds(10);
    private static readonly TimeSpan MaxTimeout = TimeSpan.FromHours(24);

    public Uri UrlOf(SyncService service) => ServiceUrls[service.Name];

    public Uri NotificationsUrl => ServiceUrls[NotificationsService];

    /// <summary>Command-line options first, then CORRIDOR_SYNC_* environment variables.</summary>
    /// <exception cref="SyncFailure">Something is missing or malformed (exit code <see cref="ExitCodes.Usage"/>).</exception>
    public static Connection Resolve(ConnectionSettings settings, Func<string, string?> environment)
    {
        string? Pick(string? option, string variable) =>
            !string.IsNullOrWhiteSpace(option) ? option.Trim() : environment(variable) is { Length: > 0 } value ? value.Trim() : null;

        var baseUrl = HttpUrl("--base-url", Pick(settings.BaseUrl, "CORRIDOR_SYNC_BASE_URL") ?? DefaultBaseUrl);
        var urls = new Dictionary<string, Uri>
        {
            [SyncService.Lists.Name] = settings.ListsUrl is null ? baseUrl : HttpUrl("--lists-url", settings.ListsUrl),
            [SyncService.Agreements.Name] = settings.AgreementsUrl is null ? baseUrl : HttpUrl("--agreements-url", settings.AgreementsUrl),
            [SyncService.Teams.Name] = settings.TeamsUrl is null ? baseUrl : HttpUrl("--teams-url", settings.TeamsUrl),
            [SyncService.Directory.Name] = settings.DirectoryUrl is null ? baseUrl : HttpUrl("--directory-url", settings.DirectoryUrl),
            [NotificationsService] = settings.NotificationsUrl is null ? baseUrl : HttpUrl("--notifications-url", settings.NotificationsUrl),
        };

        var token = Pick(settings.Token, "CORRIDOR_SYNC_TOKEN");
        var authority = Pick(settings.Authority, "CORRIDOR_SYNC_AUTHORITY");
        var clientId = Pick(settings.ClientId, "CORRIDOR_SYNC_CLIENT_ID");
        var clientSecret = Pick(settings.ClientSecret, "CORRIDOR_SYNC_CLIENT_SECRET");
        var anyCredential = authority is not null || clientId is not null || clientSecret is not null;
        if (token is not null && (settings.Authority is not null || settings.ClientId is not null || settings.ClientSecret is not null))
        {
            throw Usage("Give either --token or client credentials (--authority, --client-id, --client-secret), not both.");
        }

        if (token is null)
        {
            if (!anyCredential)
            {
                throw Usage("No credentials: give --authority, --client-id and --client-secret (or CORRIDOR_SYNC_AUTHORITY, _CLIENT_ID, _CLIENT_SECRET), or --token.");
            }

            var missing = new[] { ("--authority", authority), ("--client-id", clientId), ("--client-secret", clientSecret) }
                .Where(c => c.Item2 is null).Select(c => c.Item1).ToArray();
            if (missing.Length > 0)
            {
                throw Usage($"Client credentials need {string.Join(", ", missing)} as well (or the CORRIDOR_SYNC_* variables).");
            }
        }

        if (!Durations.TryParse(settings.Timeout, out var timeout))
        {
            throw Usage($"--timeout '{settings.Timeout}' is not a duration (e.g. 100s, 2m).");
        }

        if (timeout < MinTimeout || timeout > MaxTimeout)
        {
            throw Usage("--timeout must be between 10ms and 24h.");
        }

        if (settings.Retries is < 1 or > 20)
        {
            throw Usage("--retries must be between 1 and 20.");
        }

        return new Connection(
            urls,
            token is null ? HttpUrl("--authority", authority!) : null,
            token is null ? clientId : null,
            token is null ? clientSecret : null,
            string.IsNullOrWhiteSpace(settings.Scope) ? null : settings.Scope.Trim(),
            token,
            timeout,
            settings.Retries);
    }

    private static Uri HttpUrl(string option, string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"
            ? uri
            : throw Usage($"{option} '{value}' is not an http(s) URL.");

    private static SyncFailure Usage(string message) => new(message, ExitCodes.Usage);
}
