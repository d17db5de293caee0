using Microsoft.Data.Sqlite;

namespace Corridor.Testing.Processes;

/// <summary>
/// Holds a service's SQLite write lock from outside (BEGIN IMMEDIATE), as a stuck writer or a locked file would:
/// the service's writers wait out their busy timeout and fail; its readers go on (WAL). Dispose to let go.
/// </summary>
public sealed class DatabaseLock : IAsyncDisposable
{
    private readonly SqliteConnection _connection;

    private DatabaseLock(SqliteConnection connection) => _connection = connection;

    public static async Task<DatabaseLock> TakeAsync(ServiceProcess service)
    {
        // Unpooled, so closing it really releases the file; the timeout lets it wait for a write in progress.
        var connection = new SqliteConnection($"Data Source={service.DatabasePath};Pooling=False;Default Timeout=30");
        try
        {
            await connection.OpenAsync();
            await using var begin = connection.CreateCommand();
            begin.CommandText = "BEGIN IMMEDIATE";
            await begin.ExecuteNonQueryAsync();
            return new DatabaseLock(connection);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await using (var rollback = _connection.CreateCommand())
        {
            rollback.CommandText = "ROLLBACK";
            await rollback.ExecuteNonQueryAsync();
        }

        await _connection.DisposeAsync();
    }
}
