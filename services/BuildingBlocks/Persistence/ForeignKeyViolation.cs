using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Corridor.BuildingBlocks.Persistence;

/// <summary>
/// A write that refers to a record removed in the meantime (e.g. marking a problem a duplicate of one
/// its region just retracted): a conflict for the caller to reload, not a server error.
/// </summary>
public static class ForeignKeyViolation
{
    private const int SqliteForeignKeyConstraint = 787;
    private const int SqlServerConstraintConflict = 547;

    public const string Code = "reference-removed";

    public const string Message = "A record this change refers to was removed meanwhile; reload and try again.";

    public static bool Is(Exception exception) => exception is DbUpdateException { InnerException: var inner } && inner switch
    {
        SqliteException sqlite => sqlite.SqliteExtendedErrorCode == SqliteForeignKeyConstraint,
        SqlException sql => sql.Number == SqlServerConstraintConflict,
        _ => false,
    };
}
