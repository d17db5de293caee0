using Microsoft.Data.Sqlite;

namespace Corridor.Sync.Mirror;

/// <summary>The mirror's tables: the feeds (cursor and resnapshot state per service) and the records; created when missing.</summary>
internal static class MirrorSchema
{
    private const string Ddl = """
        PRAGMA journal_mode = WAL;
        PRAGMA synchronous = FULL;
        CREATE TABLE IF NOT EXISTS feeds (
            service TEXT NOT NULL PRIMARY KEY,
            cursor TEXT NULL,
            resnapshotting INTEGER NOT NULL DEFAULT 0,
            generation INTEGER NOT NULL DEFAULT 0,
            pages INTEGER NOT NULL DEFAULT 0,
            changes INTEGER NOT NULL DEFAULT 0,
            updated_at TEXT NULL);
        CREATE TABLE IF NOT EXISTS records (
            service TEXT NOT NULL,
            record_type TEXT NOT NULL,
            record_id TEXT NOT NULL,
            region TEXT NULL,
            version INTEGER NOT NULL,
            content_hash TEXT NULL,
            content TEXT NOT NULL,
            position TEXT NOT NULL,
            changed_at TEXT NULL,
            seen_generation INTEGER NOT NULL,
            PRIMARY KEY (service, record_type, record_id)) WITHOUT ROWID;
        CREATE INDEX IF NOT EXISTS ix_records_region ON records (service, region);
        """;

    public static void Ensure(SqliteConnection connection) => MirrorSql.Execute(connection, null, Ddl);
}
