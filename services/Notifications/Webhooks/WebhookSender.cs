using Corridor.BuildingBlocks.Outbox;
using Corridor.Notifications.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Corridor.Notifications.Webhooks;

/// <summary>
/// Sends the due deliveries of active endpoints. Replicas lease rows with a conditional UPDATE before sending (as the
/// outbox dispatcher does), so a delivery normally goes out from one replica; a crash between the POST and the write of
/// its outcome sends it again with the same webhook-id, which the receiver de-duplicates on. An endpoint that fails an
/// attempt gets no more attempts in that round: its other rows wait for the next one, each on its own schedule.
/// </summary>
public sealed partial class WebhookSender(
    IServiceScopeFactory scopes, IOptions<WebhookOptions> options, TimeProvider clock, ILogger<WebhookSender> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var backoff = new Backoff(options.Value.PollInterval, TimeSpan.FromMinutes(1));
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var sent = await SendDueAsync(stoppingToken);
                backoff.Reset();
                if (sent < options.Value.BatchSize)
                {
                    await Task.Delay(options.Value.PollInterval, clock, stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                var delay = backoff.Next();
                LogRoundFailed(ex, delay);
                await Task.Delay(delay, clock, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
            }
        }
    }

    /// <summary>One round: leases due deliveries, POSTs them (endpoints side by side, each endpoint's in order) and records every attempt.</summary>
    public async Task<int> SendDueAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NotificationsDbContext>();
        var (rows, leasedUntil) = await LeaseAsync(db, cancellationToken);
        if (rows.Count == 0)
        {
            return 0;
        }

        var endpointIds = rows.Select(d => d.EndpointId).Distinct().ToArray();
        var endpoints = await db.Set<WebhookEndpoint>().AsNoTracking().Where(e => endpointIds.Contains(e.Id)).ToDictionaryAsync(e => e.Id, cancellationToken);
        var post = scope.ServiceProvider.GetRequiredService<WebhookPost>();
        var rounds = await Task.WhenAll(rows.GroupBy(d => d.EndpointId)
            .Select(g => SendInOrderAsync(post, endpoints[g.Key], g.OrderBy(d => d.CreatedAt).ThenBy(d => d.RecordVersion).ToList(), leasedUntil, cancellationToken)));
        var attempts = rounds.SelectMany(r => r).ToList();

        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var (delivery, attempt) in attempts)
        {
            db.Set<WebhookAttempt>().Add(attempt);
            if (attempt.Succeeded)
            {
                delivery.Delivered(now);
            }
            else
            {
                delivery.AttemptFailed(now, options.Value.EffectiveRetrySchedule);
            }
        }

        // Rows not tried this round (their endpoint failed first, or the lease ran short) are handed back at once.
        foreach (var untried in rows.Except(attempts.Select(a => a.Delivery)))
        {
            db.Entry(untried).Property(d => d.LeaseToken).CurrentValue = null;
            db.Entry(untried).Property(d => d.LeasedUntil).CurrentValue = null;
        }

        await db.SaveChangesAsync(CancellationToken.None);
        await scope.ServiceProvider.GetRequiredService<WebhookHealth>().RecordAsync(attempts, CancellationToken.None);
        return attempts.Count;
    }

    private async Task<List<(WebhookDelivery Delivery, WebhookAttempt Attempt)>> SendInOrderAsync(
        WebhookPost post, WebhookEndpoint endpoint, List<WebhookDelivery> deliveries, DateTime leasedUntil, CancellationToken cancellationToken)
    {
        var done = new List<(WebhookDelivery, WebhookAttempt)>();
        foreach (var delivery in deliveries)
        {
            // Start no POST that could outlast the lease: past it another replica may send the same row.
            if (clock.GetUtcNow().UtcDateTime + options.Value.RequestTimeout > leasedUntil)
            {
                break;
            }

            var attempt = await post.SendAsync(delivery, endpoint, cancellationToken);
            done.Add((delivery, attempt));
            LogAttempt(delivery.WebhookId, endpoint.Id, attempt.StatusCode, attempt.LatencyMs, attempt.Error);
            if (!attempt.Succeeded)
            {
                break;
            }
        }

        return done;
    }

    private async Task<(List<WebhookDelivery> Rows, DateTime LeasedUntil)> LeaseAsync(NotificationsDbContext db, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var until = now + options.Value.LeaseDuration;
        var lease = Guid.NewGuid();
        var active = db.Set<WebhookEndpoint>().Where(e => e.Status == WebhookEndpointStatus.Active).Select(e => e.Id);
        var candidates = await db.Set<WebhookDelivery>().AsNoTracking()
            .Where(d => d.Status == WebhookDeliveryStatus.Pending && d.NextAttemptAt <= now && (d.LeasedUntil == null || d.LeasedUntil < now) && active.Contains(d.EndpointId))
            .OrderBy(d => d.NextAttemptAt)
            .Select(d => d.Id)
            .Take(options.Value.BatchSize)
            .ToListAsync(cancellationToken);
        if (candidates.Count == 0)
        {
            return ([], until);
        }

        // The UPDATE checks the lease again on each row (SQLite: one writer; SQL Server: under the row's update lock), so
        // of two replicas that read the same candidates only one leases a row.
        await db.Set<WebhookDelivery>()
            .Where(d => candidates.Contains(d.Id) && d.Status == WebhookDeliveryStatus.Pending && (d.LeasedUntil == null || d.LeasedUntil < now))
            .ExecuteUpdateAsync(s => s.SetProperty(d => d.LeaseToken, lease).SetProperty(d => d.LeasedUntil, until), cancellationToken);
        var rows = await db.Set<WebhookDelivery>().Where(d => d.LeaseToken == lease).ToListAsync(cancellationToken);
        return (rows, until);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Webhook {WebhookId} to endpoint {EndpointId}: status {StatusCode} in {LatencyMs} ms {Error}")]
    private partial void LogAttempt(string webhookId, Guid endpointId, int? statusCode, long latencyMs, string? error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Webhook delivery round failed; trying again in {Delay}")]
    private partial void LogRoundFailed(Exception exception, TimeSpan delay);
}
