using Corridor.Sync.Cli;
using Corridor.Sync.Feeds;
using Corridor.Sync.Mirror;

namespace Corridor.Sync.Pull;

/// <summary>
/// Pulls one service's feed into the mirror page by page from the mirror's own cursor. A 410 (cursor older than the
/// service's retention) starts a re-snapshot: the feed is read again from the start and, when that read ends, the
/// records it did not bring are removed. Cancellation stops it between pages; what was committed stays.
/// </summary>
public sealed class ServicePuller(IChangeFeed feed, MirrorStore store, PullOptions options, TimeProvider clock)
{
    private const int MaxResnapshotsPerRun = 3;

    public async Task<PullStats> RunAsync(IProgress<PullProgress>? progress, CancellationToken cancellationToken)
    {
        var name = feed.Service.Name;
        var stats = new PullStats(name);
        var started = clock.GetTimestamp();
        var lastChange = clock.GetUtcNow();
        try
        {
            while (true)
            {
                var state = store.StateOf(name);
                ChangePage page;
                try
                {
                    page = await feed.ReadChangesAsync(state.Cursor, options.Limit, cancellationToken);
                }
                catch (CursorExpiredException expired)
                {
                    if (state.Cursor is null)
                    {
                        throw new SyncFailure($"The {name} feed refused a read from the start: {expired.Message}", ExitCodes.Refused, expired);
                    }

                    // A feed that expires the cursors of its own read from the start would have the mirror re-read forever.
                    if (state.Resnapshotting && stats.Resnapshots >= MaxResnapshotsPerRun)
                    {
                        throw new SyncFailure(
                            $"The {name} feed expired the cursor it gave during a read from the start ({stats.Resnapshots} re-snapshots in this run); "
                            + "its retention horizon is ahead of its own snapshot. Ask the service's operators; the mirror keeps what it has.",
                            ExitCodes.Refused,
                            expired);
                    }

                    store.BeginResnapshot(name);
                    stats.Resnapshots++;
                    progress?.Report(new PullProgress(name, stats.Changes, stats.Pages, false, true));
                    continue;
                }

                if (page.HasMore && page.Changes.Count == 0 && page.Next == state.Cursor)
                {
                    throw new SyncFailure($"The {name} feed answered an empty page with more to come at the same cursor; it would never advance.", ExitCodes.Refused);
                }

                PageResult result;
                try
                {
                    result = store.ApplyPage(name, page);
                }
                catch (InvalidDataException invalid)
                {
                    throw new SyncFailure(invalid.Message, ExitCodes.Refused, invalid);
                }

                stats.Add(result, page.Changes.Count);
                if (page.Changes.Count > 0)
                {
                    lastChange = clock.GetUtcNow();
                }

                stats.CaughtUp = !page.HasMore;
                progress?.Report(new PullProgress(name, stats.Changes, stats.Pages, stats.CaughtUp, store.StateOf(name).Resnapshotting));
                if (page.HasMore)
                {
                    continue;
                }

                if (!options.Follow || (options.UntilIdle is { } idle && clock.GetUtcNow() - lastChange >= idle))
                {
                    break;
                }

                await Task.Delay(options.PollInterval, clock, cancellationToken);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            stats.Interrupted = true;
        }

        stats.Elapsed = clock.GetElapsedTime(started);
        stats.Records = store.Count(name);
        return stats;
    }
}
