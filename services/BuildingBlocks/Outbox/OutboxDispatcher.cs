using System.Diagnostics;
using System.Runtime.ExceptionServices;
using Corridor.BuildingBlocks.Persistence;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Corridor.BuildingBlocks.Outbox;

/// <summary>
/// Publishes outbox rows in sequence order per aggregate: a batch goes out in rounds (<see cref="OutboxPublishRounds"/>),
/// the rows of a round concurrently, each awaited until the broker confirms it (publisher confirms). Rows are marked
/// dispatched only after their confirm, so a crash can cause a redelivery (absorbed by consumers' inboxes) but never a loss. It reads "every undispatched row"
/// rather than "rows after the last sequence", so a row whose transaction committed late is still sent.
/// Replicas lease rows before publishing them, so each row is normally published by one replica only.
/// </summary>
public sealed partial class OutboxDispatcher<TContext>(
    IServiceScopeFactory scopes,
    IBus bus,
    OutboxSignal signal,
    OutboxOptions options,
    OutboxBacklog backlog,
    TimeProvider clock,
    ILogger<OutboxDispatcher<TContext>> logger) : BackgroundService
    where TContext : ServiceDbContext
{
    public const string TelemetryName = OutboxTelemetry.Name;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var backoff = new Backoff(options.MinBackoff, options.MaxBackoff);
        var measuredAt = DateTime.MinValue;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                // The backlog is measured once per poll interval, not before every batch or wake-up: each measurement reads
                // every waiting row (a large backlog drained in quadratic time), and at hundreds of commits a second its two
                // queries cost more than the batch. The age gauge keeps growing between measurements, so it lags by at most
                // one interval.
                var now = clock.GetUtcNow().UtcDateTime;
                if (now - measuredAt >= options.PollInterval)
                {
                    await MeasureBacklogAsync(stoppingToken);
                    measuredAt = now;
                }

                var drained = await DispatchBatchAsync(stoppingToken) < options.BatchSize;
                backoff.Reset();
                if (drained)
                {
                    // Not a full batch: everything visible was taken (or a short lease handed rows back: they wait for the
                    // next commit or poll). A commit during the batch has signalled already, so this returns at once when
                    // rows are waiting, without an extra empty round of queries per event.
                    await signal.WaitAsync(options.PollInterval, stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                OutboxTelemetry.Failures.Add(1);
                var delay = backoff.Next();
                LogDispatchFailed(ex, delay);
                await Task.Delay(delay, clock, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
            }
        }
    }

    /// <summary>
    /// Publishes one batch; returns how many rows were confirmed and marked. A row that cannot be read or serialised
    /// stops the batch (so later rows keep their order behind it) and counts an attempt; after
    /// <see cref="OutboxOptions.MaxAttempts"/> it is quarantined and the rows behind it go on.
    /// </summary>
    public async Task<int> DispatchBatchAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TContext>();
        var lease = Guid.NewGuid();
        var (batch, leasedUntil) = await LeaseBatchAsync(db, lease, cancellationToken);
        if (batch.Count == 0)
        {
            return 0;
        }

        var confirmed = new List<long>(batch.Count);
        try
        {
            var (readable, unreadable) = OutboxPublishRounds.Read(batch);
            foreach (var round in OutboxPublishRounds.Of(readable))
            {
                // Start no publish that could outlast the lease: past it another replica may publish the same rows.
                if (clock.GetUtcNow().UtcDateTime + options.PublishTimeout > leasedUntil)
                {
                    return confirmed.Count;
                }

                await PublishRoundAsync(db, round, confirmed, cancellationToken);
            }

            if (unreadable is { } bad)
            {
                await RecordRowFaultAsync(db, bad.Row, bad.Fault);
                ExceptionDispatchInfo.Throw(bad.Fault);
            }
        }
        finally
        {
            // Mark what the broker confirmed even when a later publish failed, so it is not sent again,
            // and give the rest back at once rather than when the lease lapses.
            await MarkAndReleaseAsync(db, lease, confirmed);
        }

        return confirmed.Count;
    }

    private async Task MeasureBacklogAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        await backlog.MeasureAsync(scope.ServiceProvider.GetRequiredService<TContext>(), cancellationToken);
    }

    /// <summary>Publishes a round's rows at once and adds the confirmed ones to <paramref name="confirmed"/>; then throws the first failure, if any.</summary>
    private async Task PublishRoundAsync(TContext db, List<ReadableRow> round, List<long> confirmed, CancellationToken cancellationToken)
    {
        var publishes = round.Select(row => PublishAsync(row, cancellationToken)).ToList();
        Exception? failure = null;
        for (var i = 0; i < round.Count; i++)
        {
            try
            {
                await publishes[i];
                confirmed.Add(round[i].Row.Sequence);
            }
            catch (Exception ex)
            {
                if (OutboxRowFaults.IsRowFault(ex))
                {
                    await RecordRowFaultAsync(db, round[i].Row, ex);
                }

                failure ??= ex;
            }
        }

        if (failure is not null)
        {
            ExceptionDispatchInfo.Throw(failure);
        }
    }

    private async Task PublishAsync(ReadableRow readable, CancellationToken cancellationToken)
    {
        var row = readable.Row;
        // Continue the trace of the request that raised the event; MassTransit's send activity nests here.
        using var activity = OutboxTelemetry.Source.StartActivity("outbox publish", ActivityKind.Producer, row.TraceParent);
        activity?.SetTag("messaging.message.id", row.MessageId);
        activity?.SetTag("corridor.outbox.sequence", row.Sequence);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.PublishTimeout);
        await bus.Publish(readable.Message, readable.Type, context =>
        {
            context.MessageId = row.MessageId;
            context.Headers.Set("Corridor-Outbox-Sequence", row.Sequence);
        }, timeout.Token);
    }

    private async Task RecordRowFaultAsync(TContext db, OutboxMessage row, Exception fault)
    {
        var attempts = row.Attempts + 1;
        var error = $"{fault.GetType().Name}: {fault.Message}";
        error = error.Length > OutboxMessage.LastErrorLength ? error[..OutboxMessage.LastErrorLength] : error;
        DateTime? quarantinedAt = attempts >= options.MaxAttempts ? clock.GetUtcNow().UtcDateTime : null;
        await db.OutboxMessages
            .Where(m => m.Sequence == row.Sequence)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.Attempts, attempts).SetProperty(m => m.LastError, error).SetProperty(m => m.QuarantinedAt, quarantinedAt), CancellationToken.None);
        if (quarantinedAt is not null)
        {
            OutboxTelemetry.Quarantined.Add(1);
            LogQuarantined(fault, row.Sequence, row.MessageId, row.MessageType, attempts);
        }
    }

    private async Task<(List<OutboxMessage> Rows, DateTime LeasedUntil)> LeaseBatchAsync(TContext db, Guid lease, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var until = now + options.LeaseDuration;
        var candidates = await db.OutboxMessages.AsNoTracking()
            .Where(m => m.DispatchedAt == null && m.QuarantinedAt == null && (m.LeasedUntil == null || m.LeasedUntil < now))
            .OrderBy(m => m.Sequence)
            .Select(m => m.Sequence)
            .Take(options.BatchSize)
            .ToListAsync(cancellationToken);
        if (candidates.Count == 0)
        {
            return ([], until);
        }

        // The UPDATE checks the lease again on each row it changes (SQLite: one writer at a time; SQL Server:
        // under the row's update lock), so of two replicas that read the same candidates only one leases a row.
        await db.OutboxMessages
            .Where(m => candidates.Contains(m.Sequence) && m.DispatchedAt == null && (m.LeasedUntil == null || m.LeasedUntil < now))
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.LeaseToken, lease).SetProperty(m => m.LeasedUntil, until), cancellationToken);
        var rows = await db.OutboxMessages.AsNoTracking()
            .Where(m => m.LeaseToken == lease && m.DispatchedAt == null)
            .OrderBy(m => m.Sequence)
            .ToListAsync(cancellationToken);
        return (rows, until);
    }

    /// <summary>
    /// One UPDATE (one write transaction, where SQLite has a single writer) marks the confirmed rows dispatched, keeping
    /// their lease as a trace, and gives this lease's other rows back.
    /// </summary>
    private async Task MarkAndReleaseAsync(TContext db, Guid lease, List<long> confirmed)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await db.OutboxMessages
            .Where(m => confirmed.Contains(m.Sequence) || (m.LeaseToken == lease && m.DispatchedAt == null))
            .ExecuteUpdateAsync(
                s => s
                    .SetProperty(m => m.DispatchedAt, m => confirmed.Contains(m.Sequence) ? (DateTime?)now : m.DispatchedAt)
                    .SetProperty(m => m.LeaseToken, m => confirmed.Contains(m.Sequence) ? m.LeaseToken : null)
                    .SetProperty(m => m.LeasedUntil, m => confirmed.Contains(m.Sequence) ? m.LeasedUntil : null),
                CancellationToken.None);
        OutboxTelemetry.Published.Add(confirmed.Count);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Quarantined outbox row {Sequence} (message {MessageId}, type {MessageType}) after {Attempts} failed attempts; later rows go on. Replay: docs/operations/messaging-recovery.md")]
    private partial void LogQuarantined(Exception exception, long sequence, Guid messageId, string messageType, int attempts);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox dispatch failed; retrying in {Delay}")]
    private partial void LogDispatchFailed(Exception exception, TimeSpan delay);
}
