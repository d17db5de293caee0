using Corridor.BuildingBlocks.Directory;
using Corridor.BuildingBlocks.Persistence;
using Corridor.BuildingBlocks.Tests.Grpc;
using Corridor.TestKit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace Corridor.BuildingBlocks.Tests.Directory;

/// <summary>A host with a read model on real SQLite and <see cref="IOrganDirectory"/> asking a scripted Directory peer; no broker.</summary>
internal sealed class DirectoryTestHost : IAsyncDisposable
{
    private readonly SqliteTestDatabase _database;

    private DirectoryTestHost(IHost host, SqliteTestDatabase database, FakeGrpcPeer directory)
    {
        Host = host;
        _database = database;
        Directory = directory;
    }

    public IHost Host { get; }

    /// <summary>The Directory service as the client sees it: counts the calls that reach it.</summary>
    public FakeGrpcPeer Directory { get; }

    public static async Task<DirectoryTestHost> StartAsync(FakeGrpcPeer directory)
    {
        var database = new SqliteTestDatabase("directory");
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true, EnvironmentName = "Testing" });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:ConnectionString"] = database.ConnectionString,
            ["Services:Directory:Grpc"] = "http://directory.test",
        });
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddSingleton(TimeProvider.System);
        builder.AddServiceDatabase<TestDbContext, SqliteTestDbContext, SqlServerTestDbContext>("directory");
        builder.AddOrganDirectory<TestDbContext>().ConfigurePrimaryHttpMessageHandler(() => directory);
        var host = builder.Build();
        await using (var scope = host.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<TestDbContext>().Database.EnsureCreatedAsync();
        }

        return new DirectoryTestHost(host, database, directory);
    }

    public async Task<T> AskAsync<T>(Func<IOrganDirectory, Task<T>> question)
    {
        await using var scope = Host.Services.CreateAsyncScope();
        return await question(scope.ServiceProvider.GetRequiredService<IOrganDirectory>());
    }

    public async Task<T> QueryAsync<T>(Func<TestDbContext, Task<T>> query)
    {
        await using var scope = Host.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<TestDbContext>());
    }

    /// <summary>Writes through the read model's upserts in one context, as a consumer does.</summary>
    public async Task WriteAsync(Func<ServiceDbContext, Task> write)
    {
        await using var scope = Host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TestDbContext>();
        await write(db);
        await db.SaveChangesAsync();
    }

    public async ValueTask DisposeAsync()
    {
        Host.Dispose();
        SqliteConnectionPools.Clear();
        await _database.DisposeAsync();
    }
}
