using Corridor.BuildingBlocks.Persistence;
using Corridor.TestKit;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace Corridor.Testing;

/// <summary>
/// A SQL Server database brought to the latest schema by the service's own SQL Server migrations, made on
/// first use and shared by the tests of one class (each costs seconds on a real server), dropped at the end.
/// Without a SQL Server, <see cref="OpenAsync"/> throws the SkipException that says why.
/// </summary>
public sealed class MigratedSqlServerDatabase<TSqlServer> : IAsyncLifetime
    where TSqlServer : ServiceDbContext
{
    private readonly Lazy<Task<string>> _connectionString = new(CreateAsync);

    public async Task<TSqlServer> OpenAsync() => Open(await _connectionString.Value);

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (_connectionString.IsValueCreated && _connectionString.Value.IsCompletedSuccessfully)
        {
            await using var db = Open(_connectionString.Value.Result);
            await db.Database.EnsureDeletedAsync();
        }
    }

    private static async Task<string> CreateAsync()
    {
        var connectionString = await SqlServerInstance.NewDatabaseAsync(typeof(TSqlServer).Name.ToLowerInvariant());
        await using var db = Open(connectionString);
        await db.Database.MigrateAsync();
        return connectionString;
    }

    // As the services configure it (PersistenceExtensions), without the retries a test wants to see fail.
    private static TSqlServer Open(string connectionString) => (TSqlServer)Activator.CreateInstance(
        typeof(TSqlServer),
        new DbContextOptionsBuilder<TSqlServer>()
            .UseSqlServer(connectionString, sql => sql
                .UseQuerySplittingBehavior(QuerySplittingBehavior.SingleQuery)
                .MigrationsAssembly(MigrationsAssemblies.SqlServer<TSqlServer>()))
            .Options)!;
}
