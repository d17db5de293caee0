namespace Corridor.Sync.Feeds;

/// <summary>Reads one service's change feed and current state.</summary>
public interface IChangeFeed
{
    SyncService Service { get; }

    /// <summary>The changes after <paramref name="after"/> (null: from the start, i.e. the compacted journal).</summary>
    /// <exception cref="CursorExpiredException">The cursor is older than the service's retention.</exception>
    Task<ChangePage> ReadChangesAsync(string? after, int limit, CancellationToken cancellationToken);

    Task<StatePage> ReadStateAsync(string? after, int limit, CancellationToken cancellationToken);
}
