using Microsoft.Data.Sqlite;

namespace Corridor.Sync.Mirror;

/// <summary>Running the mirror's SQL with named parameters (null as DBNull).</summary>
internal static class MirrorSql
{
    public static int Execute(SqliteConnection connection, SqliteTransaction? transaction, string sql, params (string Name, object? Value)[] values)
    {
        using var command = Command(connection, transaction, sql);
        foreach (var (name, value) in values)
        {
            Set(command, name, value);
        }

        return command.ExecuteNonQuery();
    }

    public static SqliteCommand Command(SqliteConnection connection, SqliteTransaction? transaction, string sql)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return command;
    }

    /// <summary>Sets a parameter, adding it on the first use of a prepared command.</summary>
    public static void Set(SqliteCommand command, string name, object? value)
    {
        if (command.Parameters.Contains(name))
        {
            command.Parameters[name].Value = value ?? DBNull.Value;
        }
        else
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }
    }
}
