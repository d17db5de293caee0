using System.Diagnostics;
using Corridor.BuildingBlocks.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Corridor.BuildingBlocks.Tests.Persistence;

/// <summary>Database:BusyTimeout bounds how long a SQLite write waits for another writer, in SQLite and in Microsoft.Data.Sqlite's retry loop alike.</summary>
public sealed class SqliteBusyTimeoutTests : IDisposable
{
    private readonly DirectoryInfo _directory = System.IO.Directory.CreateTempSubdirectory("corridor-busy-");

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_write_behind_another_writers_lock_fails_after_the_busy_timeout_not_after_the_old_38_seconds(bool connectionStringGiven)
    {
        var options = new DatabaseOptions
        {
            DataDirectory = _directory.FullName,
            ConnectionString = connectionStringGiven ? $"Data Source={Path.Combine(_directory.FullName, "busy.db")}" : null,
            BusyTimeout = TimeSpan.FromSeconds(1),
        };
        var connectionString = PersistenceExtensions.SqliteConnectionString(options, _directory.FullName, "busy");
        await using var holder = new SqliteConnection(connectionString);
        await holder.OpenAsync();
        await Execute(holder, "PRAGMA journal_mode=WAL; CREATE TABLE t (x INTEGER); BEGIN IMMEDIATE; INSERT INTO t VALUES (1);");

        await using var db = new DbContext(new DbContextOptionsBuilder().UseSqlite(connectionString).AddInterceptors(new SqlitePragmas(options.BusyTimeout)).Options);
        var clock = Stopwatch.StartNew();
        var error = await Assert.ThrowsAsync<SqliteException>(() => db.Database.ExecuteSqlRawAsync("INSERT INTO t VALUES (2)"));

        Assert.Equal(5, error.SqliteErrorCode); // SQLITE_BUSY
        Assert.InRange(clock.Elapsed, TimeSpan.FromSeconds(0.9), TimeSpan.FromSeconds(10));
    }

    [Theory]
    [InlineData("00:00:00")]
    [InlineData("-00:00:01")]
    [InlineData("00:05:01")]
    public void A_busy_timeout_out_of_range_stops_the_start(string busyTimeout)
    {
        var builder = Microsoft.AspNetCore.Builder.WebApplication.CreateSlimBuilder();
        builder.Configuration["Database:BusyTimeout"] = busyTimeout;
        builder.Configuration["Database:DataDirectory"] = _directory.FullName;

        var error = Assert.Throws<InvalidOperationException>(() => builder.AddServiceDatabase<BusyDb, BusyDb, BusyDb>("busy"));
        Assert.Contains("Database:BusyTimeout", error.Message, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _directory.Delete(recursive: true);
    }

    private static async Task Execute(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }
}

public sealed class BusyDb(DbContextOptions options) : ServiceDbContext(options);
