using Corridor.BuildingBlocks.Persistence;
using Corridor.Lists.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Benchmarks.Paths;

/// <summary>
/// A Lists database in the benchmark process, configured as the service configures its own (the Lists migrations,
/// WAL and the other pragmas, a pooled connection): the baselines' "same work without the service around it", and
/// the growth run's file prepared before the service starts on it.
/// </summary>
public sealed class InProcessLists : IDisposable
{
    private readonly string _directory;
    private readonly bool _ownsDirectory;

    private InProcessLists(string directory, bool ownsDirectory)
    {
        _directory = directory;
        _ownsDirectory = ownsDirectory;
        DatabasePath = Path.Combine(directory, "lists.db");
        ConnectionString = new SqliteConnectionStringBuilder { DataSource = DatabasePath, DefaultTimeout = 30, Pooling = true }.ToString();
    }

    public string DatabasePath { get; }

    public string ConnectionString { get; }

    /// <param name="directory">Where lists.db goes; a temporary directory (deleted on dispose) when null.</param>
    public static async Task<InProcessLists> CreateAsync(string? directory = null)
    {
        var lists = new InProcessLists(directory ?? Directory.CreateTempSubdirectory("corridor-bench-").FullName, directory is null);
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
        if (_ownsDirectory)
        {
            Directory.Delete(_directory, recursive: true);
        }
    }
}
