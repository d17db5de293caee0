using Corridor.Sync.Cli;
using Corridor.Sync.Feeds;
using Microsoft.Data.Sqlite;

namespace Corridor.Sync.Mirror;

/// <summary>
/// The local SQLite mirror: one row per record (service, type, id) with its region, version, content hash and
/// content, and per service the feed cursor. A page and its cursor commit in one transaction, so a run killed
/// at any point resumes after the last committed page; applying is idempotent besides (an entry older than the
/// stored version is ignored). One process at a time: the mirror is locked while open.
/// </summary>
public sealed class MirrorStore : IDisposable
{
    private readonly SqliteConnection _connection;
    private readonly FileStream _lock;
    private readonly Lock _gate = new();

    private MirrorStore(SqliteConnection connection, FileStream lockFile)
    {
        _connection = connection;
        _lock = lockFile;
    }

    public static MirrorStore Open(string path, TimeProvider clock)
    {
        var full = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        FileStream lockFile;
        try
        {
            // The OS releases the lock when the process ends, however it ends.
            lockFile = new FileStream(full + ".lock", FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException busy)
        {
            throw new SyncFailure($"The mirror {full} is in use by another corridor-sync run ({busy.Message}).", ExitCodes.Mirror, busy);
        }

        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = full, Pooling = false }.ToString());
        try
        {
            connection.Open();
            MirrorSchema.Ensure(connection);
        }
        catch (SqliteException invalid)
        {
            connection.Dispose();
            lockFile.Dispose();
            throw new SyncFailure($"{full} cannot be used as a mirror: {invalid.Message}", ExitCodes.Mirror, invalid);
        }

        return new MirrorStore(connection, lockFile) { Clock = clock };
    }

    private TimeProvider Clock { get; init; } = TimeProvider.System;

    public FeedState StateOf(string service)
    {
        lock (_gate)
        {
            return ReadState(service, null);
        }
    }

    /// <summary>The feed answered 410: read it again from the start and remove afterwards what that read did not bring.</summary>
    public void BeginResnapshot(string service)
    {
        lock (_gate)
        {
            using var transaction = _connection.BeginTransaction();
            var state = ReadState(service, transaction);
            MirrorSql.Execute(_connection, transaction, """
                INSERT INTO feeds (service, cursor, resnapshotting, generation, updated_at) VALUES ($service, NULL, 1, $generation, $now)
                ON CONFLICT (service) DO UPDATE SET cursor = NULL, resnapshotting = 1, generation = $generation, updated_at = $now
                """, ("$service", service), ("$generation", state.Generation + 1), ("$now", Now()));
            transaction.Commit();
        }
    }

    /// <summary>Applies one page and moves the cursor to its end, all or nothing.</summary>
    public PageResult ApplyPage(string service, ChangePage page)
    {
        lock (_gate)
        {
            using var transaction = _connection.BeginTransaction();
            var state = ReadState(service, transaction);
            using var writer = new MirrorPageWriter(_connection, transaction, service, state.Generation);
            foreach (var entry in page.Changes)
            {
                writer.Apply(entry);
            }

            var finished = state.Resnapshotting && !page.HasMore;
            var swept = 0;
            if (finished)
            {
                swept = MirrorSql.Execute(_connection, transaction, "DELETE FROM records WHERE service = $service AND seen_generation < $generation",
                    ("$service", service), ("$generation", state.Generation));
            }

            MirrorSql.Execute(_connection, transaction, """
                INSERT INTO feeds (service, cursor, resnapshotting, generation, pages, changes, updated_at)
                VALUES ($service, $cursor, $resnapshotting, $generation, 1, $changes, $now)
                ON CONFLICT (service) DO UPDATE SET cursor = excluded.cursor, resnapshotting = excluded.resnapshotting,
                    pages = pages + 1, changes = changes + excluded.changes, updated_at = excluded.updated_at
                """,
                ("$service", service),
                ("$cursor", page.Next ?? state.Cursor),
                ("$resnapshotting", state.Resnapshotting && !finished ? 1 : 0),
                ("$generation", state.Generation),
                ("$changes", page.Changes.Count),
                ("$now", Now()));
            transaction.Commit();
            return writer.Result(swept);
        }
    }

    public long Count(string service)
    {
        lock (_gate)
        {
            using var command = Command(null, "SELECT COUNT(*) FROM records WHERE service = $service");
            command.Parameters.AddWithValue("$service", service);
            return (long)command.ExecuteScalar()!;
        }
    }

    public IReadOnlyList<MirrorRecord> Records(string service)
    {
        lock (_gate)
        {
            using var command = Command(null,
                "SELECT record_type, record_id, region, version, content_hash FROM records WHERE service = $service ORDER BY record_type, record_id");
            command.Parameters.AddWithValue("$service", service);
            using var reader = command.ExecuteReader();
            var records = new List<MirrorRecord>();
            while (reader.Read())
            {
                records.Add(new MirrorRecord(
                    service, reader.GetString(0), reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2), reader.GetInt64(3),
                    reader.IsDBNull(4) ? null : reader.GetString(4)));
            }

            return records;
        }
    }

    /// <summary>The stored content (JSON) of one record, or null when the mirror does not hold it.</summary>
    public string? ContentOf(string service, string recordType, string recordId)
    {
        lock (_gate)
        {
            using var command = Command(null, "SELECT content FROM records WHERE service = $service AND record_type = $type AND record_id = $id");
            command.Parameters.AddWithValue("$service", service);
            command.Parameters.AddWithValue("$type", recordType);
            command.Parameters.AddWithValue("$id", recordId.ToLowerInvariant());
            return command.ExecuteScalar() as string;
        }
    }

    public void Dispose()
    {
        _connection.Dispose();
        _lock.Dispose();
    }

    private FeedState ReadState(string service, SqliteTransaction? transaction)
    {
        using var command = Command(transaction, "SELECT cursor, resnapshotting, generation, pages, changes FROM feeds WHERE service = $service");
        command.Parameters.AddWithValue("$service", service);
        using var reader = command.ExecuteReader();
        return reader.Read()
            ? new FeedState(service, reader.IsDBNull(0) ? null : reader.GetString(0), reader.GetInt64(1) != 0, reader.GetInt64(2), reader.GetInt64(3), reader.GetInt64(4))
            : new FeedState(service, null, false, 0, 0, 0);
    }

    private SqliteCommand Command(SqliteTransaction? transaction, string sql) => MirrorSql.Command(_connection, transaction, sql);

    private string Now() => Clock.GetUtcNow().UtcDateTime.ToString("O");

}
