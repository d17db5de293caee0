using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;

namespace Corridor.BuildingBlocks.Persistence;

/// <summary>
/// The database could not take the request within its timeouts (SQLite's writer lock held elsewhere, a SQL Server
/// lock wait timing out): the service is briefly unable to serve, so the caller gets 503 / UNAVAILABLE and retries,
/// not a 500 that reads as a defect.
/// </summary>
public static class DatabaseBusy
{
    private const int SqliteBusy = 5;
    private const int SqliteLocked = 6;
    private const int SqlServerLockTimeout = 1222;

    public const string Code = "database-busy";

    public const string Message = "The database is busy; try again shortly.";

    public const int RetryAfterSeconds = 5;

    public static bool Is(Exception? exception) => exception switch
    {
        null => false,
        SqliteException sqlite => sqlite.SqliteErrorCode is SqliteBusy or SqliteLocked,
        SqlException sql => sql.Number == SqlServerLockTimeout,
        _ => Is(exception.InnerException),
    };
}
