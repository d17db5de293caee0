using Corridor.Sync.Feeds;
using Microsoft.Data.Sqlite;

namespace Corridor.Sync.Mirror;

/// <summary>
/// Writes the entries of one page into one service's records, inside the page's transaction, and counts what each
/// did: an entry older than the stored version is ignored, a delete removes, the same version and hash only marks the
/// record as seen in this generation (for the re-snapshot sweep), anything else inserts or replaces.
/// </summary>
internal sealed class MirrorPageWriter : IDisposable
{
    private readonly string _service;
    private readonly long _generation;
    private readonly SqliteCommand _find;
    private readonly SqliteCommand _touch;
    private readonly SqliteCommand _remove;
    private readonly SqliteCommand _upsert;
    private int _created;
    private int _updated;
    private int _unchanged;
    private int _stale;
    private int _deleted;

    public MirrorPageWriter(SqliteConnection connection, SqliteTransaction transaction, string service, long generation)
    {
        _service = service;
        _generation = generation;
        _find = MirrorSql.Command(connection, transaction, "SELECT version, content_hash FROM records WHERE service = $service AND record_type = $type AND record_id = $id");
        _touch = MirrorSql.Command(connection, transaction, "UPDATE records SET seen_generation = $generation WHERE service = $service AND record_type = $type AND record_id = $id");
        _remove = MirrorSql.Command(connection, transaction, "DELETE FROM records WHERE service = $service AND record_type = $type AND record_id = $id");
        _upsert = MirrorSql.Command(connection, transaction, """
            INSERT INTO records (service, record_type, record_id, region, version, content_hash, content, position, changed_at, seen_generation)
            VALUES ($service, $type, $id, $region, $version, $hash, $content, $position, $changedAt, $generation)
            ON CONFLICT (service, record_type, record_id) DO UPDATE SET
                region = excluded.region, version = excluded.version, content_hash = excluded.content_hash, content = excluded.content,
                position = excluded.position, changed_at = excluded.changed_at, seen_generation = excluded.seen_generation
            """);
    }

    public void Apply(ChangeEntry entry)
    {
        var key = new RecordKey(_service, entry.RecordType, entry.RecordId.ToLowerInvariant());
        var stored = Find(key);
        if (stored is { } current && entry.Version < current.Version)
        {
            _stale++;
            Run(_touch, key, ("$generation", _generation));
            return;
        }

        if (entry.IsDelete)
        {
            if (stored is not null)
            {
                Run(_remove, key);
                _deleted++;
            }
            else
            {
                _unchanged++;
            }

            return;
        }

        if (entry.Content is not { } content || content.ValueKind == System.Text.Json.JsonValueKind.Null)
        {
            throw new InvalidDataException(
                $"The {_service} feed sent a {entry.Kind} entry without content for {entry.RecordType} {entry.RecordId} at {entry.Position}.");
        }

        if (stored is { } same && same.Version == entry.Version && same.ContentHash == entry.ContentHash)
        {
            _unchanged++;
            Run(_touch, key, ("$generation", _generation));
            return;
        }

        Run(_upsert, key,
            ("$region", entry.Region),
            ("$version", entry.Version),
            ("$hash", entry.ContentHash),
            ("$content", content.GetRawText()),
            ("$position", entry.Position),
            ("$changedAt", entry.OccurredAt?.ToUniversalTime().ToString("O")),
            ("$generation", _generation));
        if (stored is null)
        {
            _created++;
        }
        else
        {
            _updated++;
        }
    }

    public PageResult Result(int swept) => new(_created, _updated, _unchanged, _stale, _deleted, swept);

    public void Dispose()
    {
        _find.Dispose();
        _touch.Dispose();
        _remove.Dispose();
        _upsert.Dispose();
    }

    private (long Version, string? ContentHash)? Find(RecordKey key)
    {
        SetKey(_find, key);
        using var reader = _find.ExecuteReader();
        return reader.Read() ? (reader.GetInt64(0), reader.IsDBNull(1) ? null : reader.GetString(1)) : null;
    }

    private static void Run(SqliteCommand command, RecordKey key, params (string Name, object? Value)[] values)
    {
        SetKey(command, key);
        foreach (var (name, value) in values)
        {
            MirrorSql.Set(command, name, value);
        }

        command.ExecuteNonQuery();
    }

    private static void SetKey(SqliteCommand command, RecordKey key)
    {
        MirrorSql.Set(command, "$service", key.Service);
        MirrorSql.Set(command, "$type", key.RecordType);
        MirrorSql.Set(command, "$id", key.RecordId);
    }

    private sealed record RecordKey(string Service, string RecordType, string RecordId);
}
