using Corridor.BuildingBlocks.Persistence;
using Corridor.Lists.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Benchmarks.Paths;

/// <summary>
/// A Lists database in the benchmark process, configured as the service configures its own (the Lists migrations,
/// WAL and the other pragmas, a pooled connection): the baselines' "same work without the service around it".
/// </summary>
public sealed class InProcessLists : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("corridor-bench-").FullName;

    private InProcessLists()
    {
        ConnectionString = new SqliteConnectionStringBuilder { DataSource = Path.Combine(_directory, "lists.db"), DefaultTimeout = 30, Pooling = true }.ToString();
    }

    public string ConnectionString { get; }

    public static async Task<InProcessLists> CreateAsync()
    {
        var lists = new InProcessLists();
        await using var db = lists.Open();
        await db.Database.MigrateAsync();
        return lists;
    }

    public SqliteListsDbContext Open() => new(new DbContextOptionsBuilder<SqliteListsDbContext>()
        .UseSqlite(ConnectionString, sqlite => sqlite.MigrationsAssembly(MigrationsAssemblies.Sqlite<SqliteListsDbContext>()))
        .AddInterceptors(new SqlitePragmas())
        .Options);

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }
}
