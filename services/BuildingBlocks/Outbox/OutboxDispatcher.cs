using System.Diagnostics;
using System.Diagnostics.Metrics;
using Corridor.BuildingBlocks.Persistence;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Corridor.BuildingBlocks.Outbox;

/// <summary>
/// Publishes outbox rows in sequence order. Each publish is awaited until the broker confirms it
/// (publisher confirms), and rows are marked dispatched only after their confirm, so a crash can cause
/// a redelivery (absorbed by consumers' inboxes) but never a loss. It reads "every undispatched row"
/// rather than "rows after the last sequence", so a row whose transaction committed late is still sent.
/// Replicas lease rows before publishing them, so each row is normally published by one replica only.
/// </summary>
public sealed partial class OutboxDispatcher<TContext>(
    IServiceScopeFactory scopes,
    IBus bus,
    OutboxSignal signal,
    OutboxOptions options,
    TimeProvider clock,
    ILogger<OutboxDispatcher<TContext>> logger) : BackgroundService
    where TContext : ServiceDbContext
{
    public const string TelemetryName = "Corridor.Outbox";

    private static readonly ActivitySource Source = new(TelemetryName);
    private static readonly Meter Meter = new(TelemetryName);
    private static readonly Counter<long> Published = Meter.CreateCounter<long>("corridor.outbox.published", description: "Outbox rows published and confirmed by the broker");
    private static readonly Counter<long> Failures = Meter.CreateCounter<long>("corridor.outbox.failures", description: "Dispatch rounds that failed and backed off");

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var backoff = new Backoff(options.MinBackoff, options.MaxBackoff);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var published = await DispatchBatchAsync(stoppingToken);
                backoff.Reset();
                if (published < options.BatchSize)
                {
                    await signal.WaitAsync(options.PollInterval, stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                Failures.Add(1);
                var delay = backoff.Next();
                LogDispatchFailed(ex, delay);
                await Task.Delay(delay, clock, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
            }
        }
    }

    /// <summary>Publishes one batch; returns how many rows were confirmed and marked.</summary>
    public async Task<int> DispatchBatchAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TContext>();
        var lease = Guid.NewGuid();
        var batch = await LeaseBatchAsync(db, lease, cancellationToken);
        if (batch.Count == 0)
        {
            return 0;
        }

        var confirmed = new List<long>(batch.Count);
        try
        {
            foreach (var row in batch)
            {
                var (message, type) = IntegrationEventTypes.Deserialize(row.MessageType, row.Payload);
                // Continue the trace of the request that raised the event; MassTransit's send activity nests here.
                using var activity = Source.StartActivity("outbox publish", ActivityKind.Producer, row.TraceParent);
                activity?.SetTag("messaging.message.id", row.MessageId);
                activity?.SetTag("corridor.outbox.sequence", row.Sequence);
                using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
                timeout.CancelAfter(options.PublishTimeout);
                await bus.Publish(message, type, context =>
                {
                    context.MessageId = row.MessageId;
                    context.Headers.Set("Corridor-Outbox-Sequence", row.Sequence);
                }, timeout.Token);
                confirmed.Add(row.Sequence);
            }
        }
        finally
        {
            // Mark what the broker confirmed even when a later publish failed, so it is not sent again,
            // and give the rest back at once rather than when the lease lapses.
            await MarkDispatchedAsync(db, confirmed);
            await ReleaseAsync(db, lease);
        }

        return confirmed.Count;
    }

    private async Task<List<OutboxMessage>> LeaseBatchAsync(TContext db, Guid lease, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var candidates = await db.OutboxMessages.AsNoTracking()
            .Where(m => m.DispatchedAt == null && (m.LeasedUntil == null || m.LeasedUntil < now))
            .OrderBy(m => m.Sequence)
            .Select(m => m.Sequence)
            .Take(options.BatchSize)
            .ToListAsync(cancellationToken);
        if (candidates.Count == 0)
        {
            return [];
        }

        // The UPDATE checks the lease again on each row it changes (SQLite: one writer at a time; SQL Server:
        // under the row's update lock), so of two replicas that read the same candidates only one leases a row.
        var until = now + options.LeaseDuration;
        await db.OutboxMessages
            .Where(m => candidates.Contains(m.Sequence) && m.DispatchedAt == null && (m.LeasedUntil == null || m.LeasedUntil < now))
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.LeaseToken, lease).SetProperty(m => m.LeasedUntil, until), cancellationToken);
        return await db.OutboxMessages.AsNoTracking()
            .Where(m => m.LeaseToken == lease && m.DispatchedAt == null)
            .OrderBy(m => m.Sequence)
            .ToListAsync(cancellationToken);
    }

    private static async Task ReleaseAsync(TContext db, Guid lease) =>
        await db.OutboxMessages
            .Where(m => m.LeaseToken == lease && m.DispatchedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.LeaseToken, (Guid?)null).SetProperty(m => m.LeasedUntil, (DateTime?)null), CancellationToken.None);

    private async Task MarkDispatchedAsync(TContext db, List<long> sequences)
    {
        if (sequences.Count == 0)
        {
            return;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        await db.OutboxMessages
            .Where(m => sequences.Contains(m.Sequence))
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.DispatchedAt, now), CancellationToken.None);
        Published.Add(sequences.Count);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox dispatch failed; retrying in {Delay}")]
    private partial void LogDispatchFailed(Exception exception, TimeSpan delay);
}
