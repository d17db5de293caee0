using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Corridor.BuildingBlocks.Persistence;

/// <summary>
/// WAL lets readers run beside the single writer; the busy timeout makes a second writer wait instead
/// of failing at once (outbox dispatcher and requests write concurrently).
/// </summary>
public sealed class SqlitePragmas(TimeSpan busyTimeout) : DbConnectionInterceptor
{
    private readonly string _pragmas =
        $"PRAGMA journal_mode=WAL; PRAGMA busy_timeout={(long)busyTimeout.TotalMilliseconds}; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON;";

    public SqlitePragmas()
        : this(DatabaseOptions.DefaultBusyTimeout)
    {
    }

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = _pragmas;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = _pragmas;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
