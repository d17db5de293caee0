using Corridor.Sync.Feeds;
using Corridor.Sync.Http;

namespace Corridor.Sync.Cli;

/// <summary>The HTTP client, token source and API of one run, built from the resolved <see cref="Connection"/>.</summary>
public sealed class SyncClients : IDisposable
{
    private readonly SyncHttp _http;
    private readonly ITokenSource _tokens;

    public SyncClients(Connection connection, string defaultScope, Action<string> warn)
    {
        Connection = connection;
        _http = new SyncHttp(RetryPolicy.Default with { MaxAttempts = connection.Retries }, connection.Timeout, TimeProvider.System, warn);
        _tokens = connection.Token is { } token
            ? new StaticTokenSource(token)
            : new ClientCredentialsTokenSource(
                _http.Client, connection.Authority!, connection.ClientId!, connection.ClientSecret!, connection.Scope ?? defaultScope, TimeProvider.System);
        Api = new CorridorApi(_http.Client, _tokens);
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
