using Corridor.BuildingBlocks.ChangeFeed;
using Corridor.BuildingBlocks.Persistence;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Corridor.BuildingBlocks.Outbox;

/// <summary>
/// Deletes dispatched outbox rows and inbox records older than the retention period, and idempotency
/// records older than theirs (after which a key counts as new again), and compacts the change journal.
/// </summary>
public sealed partial class MessageStoreCleanup<TContext>(
    IServiceScopeFactory scopes,
    OutboxOptions options,
    TimeProvider clock,
    ILogger<MessageStoreCleanup<TContext>> logger) : BackgroundService
    where TContext : ServiceDbContext
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.CleanupInterval, clock);
        do
        {
            try
            {
                await CleanAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogCleanupFailed(ex);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken).AsTask().ContinueWith(t => t.IsCompletedSuccessfully && t.Result, TaskScheduler.Default));
    }

    public async Task<(int Outbox, int Inbox, int IdempotencyRecords)> CleanAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TContext>();
        var now = clock.GetUtcNow().UtcDateTime;
        var cutoff = now - options.Retention;
        var batch = options.CleanupBatchSize;
        var outbox = await BatchedDelete.RunAsync(
            db.OutboxMessages.Where(m => m.DispatchedAt != null && m.DispatchedAt < cutoff), m => m.Sequence, batch, cancellationToken);
        var inbox = await BatchedDelete.RunAsync(db.InboxRecords.Where(r => r.ReceivedAt < cutoff), r => r.ReceivedAt, batch, cancellationToken);
        var keyCutoff = now - options.IdempotencyKeyRetention;
        var keys = await BatchedDelete.RunAsync(db.IdempotencyRecords.Where(r => r.CreatedAt < keyCutoff), r => r.CreatedAt, batch, cancellationToken);
        if (outbox + inbox + keys > 0)
        {
            LogCleaned(outbox, inbox, keys);
        }

        if (db.KeepsChangeJournal && scope.ServiceProvider.GetService<ChangeFeedOptions>() is { } feed)
        {
            var (superseded, tombstones) = await ChangeJournalCompaction.CompactAsync(db, now - feed.Retention, feed.PruneBatchSize, cancellationToken);
            if (superseded + tombstones > 0)
            {
                LogCompacted(superseded, tombstones);
            }
        }

        return (outbox, inbox, keys);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Message store cleanup failed; it runs again at the next interval")]
    private partial void LogCleanupFailed(Exception exception);

    [LoggerMessage(Level = LogLevel.Information, Message = "Compacted the change journal: {Superseded} superseded entries and {Tombstones} tombstones pruned")]
    private partial void LogCompacted(int superseded, int tombstones);

    [LoggerMessage(Level = LogLevel.Information, Message = "Cleaned {Outbox} outbox rows, {Inbox} inbox records and {IdempotencyRecords} idempotency records")]
    private partial void LogCleaned(int outbox, int inbox, int idempotencyRecords);
}
