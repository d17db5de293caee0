using Corridor.BuildingBlocks.Persistence;
using Corridor.TestKit;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Corridor.Testing;

/// <summary>
/// One Corridor service started in-process on real loopback ports (Kestrel: HTTP/1.1 for REST, h2c for
/// gRPC), with its own SQLite file and the given RabbitMQ virtual host.
/// </summary>
public sealed class ServiceHost<TMarker> : WebApplicationFactory<TMarker>
    where TMarker : class
{
    private readonly Dictionary<string, string?> _settings;
    private readonly SqliteTestDatabase _database;

    public ServiceHost(string name, Uri rabbitMqUri, IReadOnlyDictionary<string, string?>? settings = null)
    {
        Name = name;
        _database = new SqliteTestDatabase(name);
        RestAddress = new Uri($"http://127.0.0.1:{FreePorts.Next()}");
        GrpcAddress = new Uri($"http://127.0.0.1:{FreePorts.Next()}");
        _settings = new Dictionary<string, string?>
        {
            ["Kestrel:Endpoints:Rest:Url"] = RestAddress.ToString(),
            ["Kestrel:Endpoints:Rest:Protocols"] = "Http1",
            ["Kestrel:Endpoints:Grpc:Url"] = GrpcAddress.ToString(),
            ["Kestrel:Endpoints:Grpc:Protocols"] = "Http2",
            ["Database:Provider"] = "Sqlite",
            ["Database:ConnectionString"] = _database.ConnectionString,
            ["RabbitMq:Uri"] = rabbitMqUri.ToString(),
            ["RabbitMq:RetryIntervalsMs:0"] = "50",
            ["RabbitMq:RetryIntervalsMs:1"] = "100",
            ["RabbitMq:RetryIntervalsMs:2"] = "200",
            ["Outbox:PollInterval"] = "00:00:00.500",
            ["Outbox:MinBackoff"] = "00:00:00.100",
            ["Outbox:MaxBackoff"] = "00:00:01",
            ["Outbox:PublishTimeout"] = "00:00:03",
            ["Auth:DevelopmentSigningKey"] = TestTokens.Options.DevelopmentSigningKey,
            ["Auth:Issuer"] = TestTokens.Options.Issuer,
            ["Auth:Audience"] = TestTokens.Options.Audience,
            ["Logging:Json"] = "false",
            ["Logging:LogLevel:Default"] = "Warning",
            // A fake Directory (DirectoryPeer): organs it does not know are unknown (422), as from the real one.
            ["Services:Directory:Grpc"] = DirectoryPeer.Shared.Address.ToString(),
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            _settings[key] = value;
        }

        UseKestrel();
    }

    public string Name { get; }

    public Uri RestAddress { get; }

    public Uri GrpcAddress { get; }

    /// <summary>
    /// Starts the host and waits until /health/ready says the database and the broker are up. A service with the
    /// directory read model then knows the demo organs and member regions (<see cref="KnownOrgansSeeding"/>).
    /// </summary>
    public async Task StartAsync()
    {
        StartServer();
        using var http = new HttpClient { BaseAddress = RestAddress };
        await Eventually.TrueAsync(() => IsReadyAsync(http), TimeSpan.FromSeconds(60), $"{Name} did not become ready");
        if (KnownOrgansSeeding.KeepsReadModel(Services))
        {
            await KnownOrgansSeeding.SeedDemoDirectoryAsync(Services);
        }
    }

    /// <summary>Makes the host's directory read model know <paramref name="organs"/> (active, or as given).</summary>
    public Task KnowOrgansAsync(IEnumerable<DemoOrgan> organs, long version = 1, string status = Corridor.BuildingBlocks.Directory.KnownOrgan.ActiveStatus) =>
        KnownOrgansSeeding.KnowOrgansAsync(Services, organs, version, status);

    private static async Task<bool> IsReadyAsync(HttpClient http)
    {
        try
        {
            return (await http.GetAsync("/health/ready")).IsSuccessStatusCode;
        }
        catch (HttpRequestException)
        {
            return false;
        }
    }

    public HttpClient CreateRestClient(string bearerToken)
    {
        var client = new HttpClient { BaseAddress = RestAddress };
        client.DefaultRequestHeaders.Authorization = new("Bearer", bearerToken);
        return client;
    }

    /// <summary>Runs <paramref name="query"/> against the service's own database in a fresh scope.</summary>
    public async Task<T> QueryAsync<TContext, T>(Func<TContext, Task<T>> query)
        where TContext : ServiceDbContext
    {
        await using var scope = Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<TContext>());
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await _database.DisposeAsync();
    }
}
