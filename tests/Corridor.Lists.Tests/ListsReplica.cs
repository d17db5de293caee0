using Corridor.Lists.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Corridor.Lists.Tests;

/// <summary>
/// One replica of the Lists service wired as in production (<c>AddListsServices</c>: the SQLite context with its
/// pragmas, the change journal, the jobs and the message-store cleanup), built but not started, so a test runs the
/// jobs' rounds itself. Several replicas over one SQLite file are replicas of the service on one database: each has
/// its own container, contexts and connections.
/// </summary>
internal sealed class ListsReplica : IDisposable
{
    private readonly IHost _host;

    private ListsReplica(IHost host) => _host = host;

    public IServiceProvider Services => _host.Services;

    public static ListsReplica Build(string connectionString, TimeProvider clock, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { EnvironmentName = "Testing" });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Sqlite",
            ["Database:ConnectionString"] = connectionString,
            // Never connected: the bus is not started, the jobs only write outbox rows.
            ["RabbitMq:Uri"] = "amqp://guest:guest@127.0.0.1:1/",
            ["Services:Agreements:Grpc"] = "http://127.0.0.1:1",
            ["Services:Directory:Grpc"] = "http://127.0.0.1:1",
            ["Logging:LogLevel:Default"] = "Warning",
        });
        builder.Configuration.AddInMemoryCollection(settings ?? new Dictionary<string, string?>());
        builder.AddListsServices();
        builder.Services.AddSingleton(clock);
        return new ListsReplica(builder.Build());
    }

    /// <summary>Runs <paramref name="work"/> in a fresh scope, as one job round or one request does.</summary>
    public async Task<T> InScopeAsync<T>(Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = _host.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }

    /// <summary>
    /// <paramref name="rounds"/> rounds of a job; in each, every replica runs <paramref name="round"/> at once on its
    /// own thread. Returns what each run reported.
    /// </summary>
    public static async Task<List<T>> RaceAsync<T>(IReadOnlyList<ListsReplica> replicas, int rounds, Func<ListsReplica, Task<T>> round)
    {
        var results = new List<T>();
        for (var i = 0; i < rounds; i++)
        {
            results.AddRange(await Task.WhenAll(replicas.Select(replica => Task.Run(() => round(replica)))));
        }

        return results;
    }

    public Task<T> QueryAsync<T>(Func<ListsDbContext, Task<T>> query) =>
        InScopeAsync(services => query(services.GetRequiredService<ListsDbContext>()));

    public void Dispose() => _host.Dispose();
}
