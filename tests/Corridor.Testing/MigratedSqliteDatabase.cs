using Corridor.BuildingBlocks.Persistence;
using Corridor.TestKit;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Testing;

/// <summary>A fresh SQLite file brought to the latest schema by the service's own migrations.</summary>
public sealed class MigratedSqliteDatabase<TSqlite>(string name) : IAsyncDisposable
    where TSqlite : ServiceDbContext
{
    private readonly SqliteTestDatabase _file = new(name);

    public string ConnectionString => _file.ConnectionString;

    public TSqlite Open() =>
        (TSqlite)Activator.CreateInstance(typeof(TSqlite), new DbContextOptionsBuilder<TSqlite>()
            .UseSqlite(_file.ConnectionString, sqlite => sqlite.MigrationsAssembly(MigrationsAssemblies.Sqlite<TSqlite>()))
            .Options)!;

    public async Task MigrateAsync()
    {
        await using var db = Open();
        await db.Database.MigrateAsync();
    }

    public async ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        await _file.DisposeAsync();
    }
}
