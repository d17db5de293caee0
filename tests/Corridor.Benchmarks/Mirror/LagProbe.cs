using System.Diagnostics;
using Microsoft.Data.Sqlite;

namespace Corridor.Benchmarks.Mirror;

/// <summary>
/// Mirror lag of sampled writes: from the write's answer (a create or an update with its ETag version) to the moment the
/// mirror's SQLite file holds that record at that version or later. The file is read read-only (the pull writes it in WAL
/// mode, so reading takes no lock from it) every <see cref="PollInterval"/>; a lag is exact to one poll plus one query.
/// </summary>
internal sealed class LagProbe(string mirrorPath)
{
    public static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(5);
    private readonly Lock _gate = new();
    private readonly List<LagSample> _pending = [];
    private readonly List<LagSample> _seen = [];
    private int _superseded;

    /// <summary>Samples whose record was deleted before the mirror showed it (a later delete hides the create).</summary>
    public int Superseded
    {
        get
        {
            lock (_gate)
            {
                return _superseded;
            }
        }
    }

    public void Add(LagSample sample)
    {
        lock (_gate)
        {
            _pending.Add(sample);
        }
    }

    public void Forget(Guid recordId)
    {
        lock (_gate)
        {
            _superseded += _pending.RemoveAll(s => s.RecordId == recordId);
        }
    }

    public IReadOnlyList<LagSample> Seen()
    {
        lock (_gate)
        {
            return [.. _seen];
        }
    }

    public IReadOnlyList<LagSample> Pending()
    {
        lock (_gate)
        {
            return [.. _pending];
        }
    }

    /// <summary>Whether every sample answered before <paramref name="timestamp"/> is in the mirror.</summary>
    public bool AllVisibleAnsweredBefore(long timestamp)
    {
        lock (_gate)
        {
            return _pending.TrueForAll(s => s.AnsweredAt >= timestamp);
        }
    }

    public async Task RunAsync(CancellationToken stop)
    {
        SqliteConnection? connection = null;
        try
        {
            while (!stop.IsCancellationRequested)
            {
                var pending = Pending();
                if (pending.Count > 0 && File.Exists(mirrorPath))
                {
                    connection ??= await OpenAsync();
                    await CheckAsync(connection, pending);
                }

                await Task.Delay(PollInterval, CancellationToken.None);
            }
        }
        finally
        {
            if (connection is not null)
            {
                await connection.DisposeAsync();
            }
        }
    }

    private async Task CheckAsync(SqliteConnection connection, IReadOnlyList<LagSample> pending)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT version FROM records WHERE service = $service AND record_type = $type AND record_id = $id";
        var service = command.Parameters.Add("$service", SqliteType.Text);
        var type = command.Parameters.Add("$type", SqliteType.Text);
        var id = command.Parameters.Add("$id", SqliteType.Text);
        foreach (var sample in pending)
        {
            (service.Value, type.Value, id.Value) = (sample.Service, sample.RecordType, sample.RecordId.ToString());
            long? version;
            try
            {
                version = await command.ExecuteScalarAsync() is long stored ? stored : null;
            }
            catch (SqliteException e) when (e.SqliteErrorCode is 1 or 5 or 6)
            {
                // No table yet (the first pull has not created its schema) or busy (a restarted pull recovering the WAL): the next poll reads again.
                return;
            }

            if (version >= sample.Version)
            {
                var visibleAt = Stopwatch.GetTimestamp();
                lock (_gate)
                {
                    if (_pending.Remove(sample))
                    {
                        _seen.Add(sample with { VisibleAt = visibleAt });
                    }
                }
            }
        }
    }

    private async Task<SqliteConnection> OpenAsync()
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = mirrorPath, Mode = SqliteOpenMode.ReadOnly, Pooling = false, DefaultTimeout = 5 }.ToString());
        await connection.OpenAsync();
        return connection;
    }
}

/// <summary>A sampled write: the record and version it produced, when its answer came and when the mirror showed it (Stopwatch timestamps).</summary>
internal sealed record LagSample(long Write, string Service, string RecordType, Guid RecordId, long Version, long AnsweredAt, long VisibleAt = 0)
{
    public TimeSpan Lag => Stopwatch.GetElapsedTime(AnsweredAt, VisibleAt);
}
