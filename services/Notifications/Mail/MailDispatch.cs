using Corridor.Notifications.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Corridor.Notifications.Mail;

/// <summary>
/// One sender run in its own scope: lease due mails (a conditional UPDATE, so of several replicas one takes each
/// row), send them over one SMTP conversation, mark each sent right after the relay accepted it, and give each
/// failure a later attempt (doubling delay) or, after <see cref="MailOptions.MaxAttempts"/>, the status Failed.
/// The one window for a duplicate: a process killed between the relay's acceptance and the UPDATE that marks the
/// row sent sends that mail again once its lease has lapsed — with the same Message-ID.
/// </summary>
public sealed partial class MailDispatch(
    NotificationsDbContext db,
    IOptions<MailOptions> mailOptions,
    IOptions<SmtpOptions> smtpOptions,
    IOptions<ConsoleLinkOptions> consoleOptions,
    TimeProvider clock,
    ILogger<MailDispatch> logger)
{
    private readonly MailOptions _mail = mailOptions.Value;

    private DbSet<MailDelivery> Deliveries => db.Set<MailDelivery>();

    public async Task<int> SendDueAsync(CancellationToken cancellationToken)
    {
        var lease = Guid.NewGuid();
        var leasedUntil = await LeaseAsync(lease, cancellationToken);
        var rows = await Deliveries.AsNoTracking()
            .Where(d => d.LeaseToken == lease && d.Status == MailDeliveryStatus.Pending)
            .OrderBy(d => d.NextAttemptAt).ThenBy(d => d.CreatedAt)
            .ToListAsync(cancellationToken);
        if (rows.Count == 0)
        {
            return 0;
        }

        try
        {
            var messages = await MailContents.LoadAsync(db, rows, smtpOptions.Value, consoleOptions.Value, cancellationToken);
            await SendAllAsync(rows, messages, lease, leasedUntil, cancellationToken);
        }
        finally
        {
            // What was not sent nor failed (a run cut short) is given back at once rather than when the lease lapses.
            await Deliveries.Where(d => d.LeaseToken == lease && d.Status == MailDeliveryStatus.Pending)
                .ExecuteUpdateAsync(s => s.SetProperty(d => d.LeaseToken, (Guid?)null).SetProperty(d => d.LeaseUntil, (DateTime?)null), CancellationToken.None);
        }

        return rows.Count;
    }

    private async Task<DateTime> LeaseAsync(Guid lease, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var until = now + _mail.LeaseDuration;
        var candidates = await Deliveries.AsNoTracking()
            .Where(d => d.Status == MailDeliveryStatus.Pending && d.NextAttemptAt <= now && (d.LeaseUntil == null || d.LeaseUntil < now))
            .OrderBy(d => d.NextAttemptAt).ThenBy(d => d.CreatedAt)
            .Select(d => d.Id)
            .Take(_mail.BatchSize)
            .ToListAsync(cancellationToken);
        if (candidates.Count > 0)
        {
            // The UPDATE checks the lease again on each row it changes (SQLite: one writer at a time; SQL Server: under
            // the row's update lock), so of two replicas that read the same candidates only one leases a row.
            await Deliveries
                .Where(d => candidates.Contains(d.Id) && d.Status == MailDeliveryStatus.Pending && (d.LeaseUntil == null || d.LeaseUntil < now))
                .ExecuteUpdateAsync(s => s.SetProperty(d => d.LeaseToken, lease).SetProperty(d => d.LeaseUntil, until), cancellationToken);
        }

        return until;
    }

    private async Task SendAllAsync(
        List<MailDelivery> rows, IReadOnlyDictionary<Guid, MimeMessage> messages, Guid lease, DateTime leasedUntil, CancellationToken cancellationToken)
    {
        SmtpConnection connection;
        try
        {
            connection = await SmtpConnection.OpenAsync(smtpOptions.Value, _mail.SendTimeout, cancellationToken);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            foreach (var row in rows)
            {
                await RecordFailureAsync(row, lease, ex);
            }

            return;
        }

        await using (connection)
        {
            foreach (var row in rows)
            {
                // Start no send that could outlast the lease: past it another replica may send the same mail.
                if (clock.GetUtcNow().UtcDateTime + _mail.SendTimeout > leasedUntil)
                {
                    return;
                }

                if (!messages.TryGetValue(row.Id, out var message))
                {
                    await RecordFailureAsync(row, lease, new InvalidOperationException("The notification or digest of this mail no longer exists."), giveUp: true);
                    continue;
                }

                try
                {
                    await connection.SendAsync(message, cancellationToken);
                }
                catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
                {
                    await RecordFailureAsync(row, lease, ex);
                    continue;
                }

                await MarkSentAsync(row, lease);
            }
        }
    }

    private async Task MarkSentAsync(MailDelivery row, Guid lease)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        // Not cancellable: the relay has the mail, and a row left pending would be sent again.
        await Deliveries.Where(d => d.Id == row.Id && d.LeaseToken == lease)
            .ExecuteUpdateAsync(
                s => s.SetProperty(d => d.Status, MailDeliveryStatus.Sent).SetProperty(d => d.SentAt, now)
                    .SetProperty(d => d.Attempts, row.Attempts + 1).SetProperty(d => d.LeaseUntil, (DateTime?)null),
                CancellationToken.None);
        MailTelemetry.Sent.Add(1);
    }

    private async Task RecordFailureAsync(MailDelivery row, Guid lease, Exception fault, bool giveUp = false)
    {
        var attempts = row.Attempts + 1;
        var now = clock.GetUtcNow().UtcDateTime;
        var failed = giveUp || attempts >= _mail.MaxAttempts;
        var error = $"{fault.GetType().Name}: {fault.Message}";
        error = error.Length > MailDelivery.MaxError ? error[..MailDelivery.MaxError] : error;
        var next = failed ? now : now + _mail.RetryDelay(attempts);
        await Deliveries.Where(d => d.Id == row.Id && d.LeaseToken == lease)
            .ExecuteUpdateAsync(
                s => s.SetProperty(d => d.Attempts, attempts).SetProperty(d => d.LastError, error).SetProperty(d => d.NextAttemptAt, next)
                    .SetProperty(d => d.Status, failed ? MailDeliveryStatus.Failed : MailDeliveryStatus.Pending)
                    .SetProperty(d => d.LeaseToken, (Guid?)null).SetProperty(d => d.LeaseUntil, (DateTime?)null),
                CancellationToken.None);
        if (failed)
        {
            MailTelemetry.Failed.Add(1);
            LogGaveUp(fault, row.Id, row.To, attempts);
        }
        else
        {
            MailTelemetry.Retried.Add(1);
            LogRetrying(fault, row.Id, attempts, next);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Gave up mail {DeliveryId} to {To} after {Attempts} attempts (status Failed)")]
    private partial void LogGaveUp(Exception exception, Guid deliveryId, string to, int attempts);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Mail {DeliveryId} attempt {Attempts} failed; next attempt at {NextAttemptAt:o}")]
    private partial void LogRetrying(Exception exception, Guid deliveryId, int attempts, DateTime nextAttemptAt);
}
