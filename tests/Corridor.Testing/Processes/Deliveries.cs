using Microsoft.Data.Sqlite;

namespace Corridor.Testing.Processes;

/// <summary>What the services' own SQLite files say about one event type: published by the outbox, applied by each consumer.</summary>
public static class Deliveries
{
    /// <summary>Rows still to publish; a quarantined row is not (see <see cref="QuarantinedOutboxRowsAsync"/>).</summary>
    public static Task<long> PendingOutboxRowsAsync(ServiceProcess publisher) =>
        ScalarAsync(publisher, "SELECT COUNT(*) FROM OutboxMessages WHERE DispatchedAt IS NULL AND QuarantinedAt IS NULL");

    public static Task<long> QuarantinedOutboxRowsAsync(ServiceProcess publisher) =>
        ScalarAsync(publisher, "SELECT COUNT(*) FROM OutboxMessages WHERE QuarantinedAt IS NOT NULL");

    /// <summary>The message ids the publisher wrote for <paramref name="eventType"/> (its short name).</summary>
    public static Task<HashSet<string>> PublishedAsync(ServiceProcess publisher, string eventType) =>
        IdsAsync(publisher, "SELECT upper(MessageId) FROM OutboxMessages WHERE MessageType LIKE '%.' || $type", ("$type", eventType));

    /// <summary>The message ids of <paramref name="eventType"/> the publisher's outbox has handed to the broker (confirmed).</summary>
    public static Task<HashSet<string>> DispatchedAsync(ServiceProcess publisher, string eventType) =>
        IdsAsync(publisher, "SELECT upper(MessageId) FROM OutboxMessages WHERE DispatchedAt IS NOT NULL AND MessageType LIKE '%.' || $type", ("$type", eventType));

    /// <summary>The highest outbox sequence written so far (0 when none).</summary>
    public static Task<long> LastOutboxSequenceAsync(ServiceProcess publisher) =>
        ScalarAsync(publisher, "SELECT COALESCE(MAX(Sequence), 0) FROM OutboxMessages");

    /// <summary>Rows written after <paramref name="sequence"/> that still wait for the broker.</summary>
    public static Task<long> PendingOutboxRowsAfterAsync(ServiceProcess publisher, long sequence) =>
        ScalarAsync(publisher, "SELECT COUNT(*) FROM OutboxMessages WHERE DispatchedAt IS NULL AND QuarantinedAt IS NULL AND Sequence > $sequence", ("$sequence", sequence));

    /// <summary>How many inbox rows <paramref name="consumer"/> holds per message id.</summary>
    public static async Task<Dictionary<string, long>> InboxRowsAsync(ServiceProcess service, string consumer)
    {
        await using var connection = await OpenAsync(service);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT upper(MessageId), COUNT(*) FROM InboxRecords WHERE Consumer = $consumer GROUP BY upper(MessageId)";
        command.Parameters.AddWithValue("$consumer", consumer);
        var rows = new Dictionary<string, long>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            rows[reader.GetString(0)] = reader.GetInt64(1);
        }

        return rows;
    }

    public static Task<long> ScalarAsync(ServiceProcess service, string sql) => ScalarAsync(service, sql, []);

    private static async Task<long> ScalarAsync(ServiceProcess service, string sql, params (string Name, object Value)[] parameters)
    {
        await using var connection = await OpenAsync(service);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        return Convert.ToInt64(await command.ExecuteScalarAsync());
    }

    private static async Task<HashSet<string>> IdsAsync(ServiceProcess service, string sql, params (string Name, object Value)[] parameters)
    {
        await using var connection = await OpenAsync(service);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        var ids = new HashSet<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            ids.Add(reader.GetString(0));
        }

        return ids;
    }

    // Read-only and unpooled: the test must never hold the service's writer lock or keep the file open after a kill.
    private static async Task<SqliteConnection> OpenAsync(ServiceProcess service)
    {
        var connection = new SqliteConnection($"Data Source={service.DatabasePath};Mode=ReadOnly;Pooling=False;Default Timeout=30");
        await connection.OpenAsync();
        return connection;
    }
}
