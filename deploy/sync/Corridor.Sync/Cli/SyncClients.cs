using Corridor.Sync.Feeds;
using Corridor.Sync.Http;

namespace Corridor.Sync.Cli;

/// <summary>The HTTP client, token source and API of one run, built from the resolved <see cref="Connection"/>.</summary>
public sealed class SyncClients : IDisposable
{
    private readonly HttpClient _http;
    private readonly ITokenSource _tokens;

    public SyncClients(Connection connection, string defaultScope, Action<string> warn)
    {
        Connection = connection;
        _http = new HttpClient { Timeout = connection.Timeout };
        _http.DefaultRequestHeaders.UserAgent.ParseAdd("corridor-sync/1.0");
        var retry = RetryPolicy.Default with { MaxAttempts = connection.Retries };
        _tokens = connection.Token is { } token
            ? new StaticTokenSource(token)
            : new ClientCredentialsTokenSource(
                _http, connection.Authority!, connection.ClientId!, connection.ClientSecret!, connection.Scope ?? defaultScope, retry, TimeProvider.System);
        Api = new CorridorApi(_http, _tokens, retry, TimeProvider.System, warn);
    }

    public Connection Connection { get; }

    public CorridorApi Api { get; }

    public HttpChangeFeed Feed(SyncService service) => new(Api, service, Connection.UrlOf(service));

    public void Dispose()
    {
        (_tokens as IDisposable)?.Dispose();
        _http.Dispose();
    }
}
