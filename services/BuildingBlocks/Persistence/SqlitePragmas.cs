using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;
using SQLitePCL;

namespace Corridor.BuildingBlocks.Persistence;

/// <summary>
/// WAL lets readers run beside the single writer; the busy timeout makes a second writer wait instead
/// of failing at once (outbox dispatcher and requests write concurrently).
/// </summary>
public sealed class SqlitePragmas(TimeSpan busyTimeout) : DbConnectionInterceptor
{
    private readonly string _pragmas =
        $"PRAGMA journal_mode=WAL; PRAGMA busy_timeout={(long)busyTimeout.TotalMilliseconds}; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON;";

    // The settings belong to the physical connection, which Microsoft.Data.Sqlite pools behind many logical opens
    // (a request opens ~3 times): they are set on its first open only. A handle leaves the table when SQLite closes it.
    private readonly ConditionalWeakTable<sqlite3, object> _configured = [];

    public SqlitePragmas()
        : this(DatabaseOptions.DefaultBusyTimeout)
    {
    }

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        if (IsConfigured(connection))
        {
            return;
        }

        using var command = connection.CreateCommand();
        command.CommandText = _pragmas;
        command.ExecuteNonQuery();
        Remember(connection);
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (IsConfigured(connection))
        {
            return;
        }

        await using var command = connection.CreateCommand();
        command.CommandText = _pragmas;
        await command.ExecuteNonQueryAsync(cancellationToken);
        Remember(connection);
    }

    private bool IsConfigured(DbConnection connection) =>
        connection is SqliteConnection { Handle: { } handle } && _configured.TryGetValue(handle, out _);

    private void Remember(DbConnection connection)
    {
        if (connection is SqliteConnection { Handle: { } handle })
        {
            _configured.AddOrUpdate(handle, this);
        }
    }
}
