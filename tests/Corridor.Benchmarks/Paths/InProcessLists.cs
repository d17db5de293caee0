using Corridor.BuildingBlocks.Persistence;
using Corridor.Lists.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;

namespace Corridor.Benchmarks.Paths;

/// <summary>
/// A Lists database in the benchmark process, configured as the service configures its own (the Lists migrations,
/// WAL and the other pragmas, a pooled connection): the baselines' "same work without the service around it", and
/// the growth run's file prepared before the service starts on it. Its contexts see the Lists change-feed registry, so a
/// save writes its journal entries as the service's does (without it <c>ServiceDbContext</c> writes none).
/// </summary>
public sealed class InProcessLists : IDisposable
{
    // Built, never started: only the change-feed registry is read from it.
    private static readonly Lazy<IServiceProvider> ChangeFeedServices = new(() =>
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.AddListsChangeFeed();
        return builder.Build().Services;
    });

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
        .UseApplicationServiceProvider(ChangeFeedServices.Value)
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
