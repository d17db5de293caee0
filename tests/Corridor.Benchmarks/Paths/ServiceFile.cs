using Corridor.Testing.Processes;
using Microsoft.Data.Sqlite;

namespace Corridor.Benchmarks.Paths;

/// <summary>Read-only queries on a running service's SQLite file (never its writer lock).</summary>
public static class ServiceFile
{
    public static async Task<SqliteConnection> OpenAsync(ServiceProcess service)
    {
        var connection = new SqliteConnection($"Data Source={service.DatabasePath};Mode=ReadOnly;Pooling=False;Default Timeout=30");
        await connection.OpenAsync();
        return connection;
    }

    public static async Task<long> ScalarAsync(ServiceProcess service, string sql)
    {
        await using var connection = await OpenAsync(service);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>The rows of a query whose columns are read by <paramref name="read"/>.</summary>
    public static async Task<List<T>> RowsAsync<T>(ServiceProcess service, string sql, Func<SqliteDataReader, T> read)
    {
        await using var connection = await OpenAsync(service);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        var rows = new List<T>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            rows.Add(read(reader));
        }

        return rows;
    }
}
