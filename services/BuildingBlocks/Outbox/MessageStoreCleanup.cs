using Corridor.BuildingBlocks.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Corridor.BuildingBlocks.Outbox;

/// <summary>Deletes dispatched outbox rows and inbox records older than the retention period.</summary>
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

    public async Task<(int Outbox, int Inbox)> CleanAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TContext>();
        var cutoff = clock.GetUtcNow().UtcDateTime - options.Retention;
        var outbox = await db.OutboxMessages.Where(m => m.DispatchedAt != null && m.DispatchedAt < cutoff).ExecuteDeleteAsync(cancellationToken);
        var inbox = await db.InboxRecords.Where(r => r.ReceivedAt < cutoff).ExecuteDeleteAsync(cancellationToken);
        if (outbox + inbox > 0)
        {
            LogCleaned(outbox, inbox);
        }

        return (outbox, inbox);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Message store cleanup failed; it runs again at the next interval")]
    private partial void LogCleanupFailed(Exception exception);

    [LoggerMessage(Level = LogLevel.Information, Message = "Cleaned {Outbox} outbox rows and {Inbox} inbox records")]
    private partial void LogCleaned(int outbox, int inbox);
}
