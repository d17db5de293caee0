using Corridor.BuildingBlocks.Outbox;
using Corridor.Notifications.Inbox;
using Microsoft.Extensions.Options;

namespace Corridor.Notifications.Mail;

/// <summary>
/// Sends the due mails (<see cref="MailDispatch"/>) whenever this replica committed new notifications, and every
/// <see cref="MailOptions.PollInterval"/> for what other replicas, retries and digests left due.
/// </summary>
public sealed partial class MailSender(
    IServiceScopeFactory scopes, NotificationSignal signal, IOptions<MailOptions> options, TimeProvider clock, ILogger<MailSender> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        var backoff = new Backoff(TimeSpan.FromMilliseconds(500), settings.PollInterval * 10);
        while (!stoppingToken.IsCancellationRequested)
        {
            // Taken before the run, so a commit during the run still wakes the next wait.
            var woken = signal.Next;
            try
            {
                var full = settings.Enabled && await SendDueAsync(stoppingToken) >= settings.BatchSize;
                backoff.Reset();
                if (!full)
                {
                    await Task.WhenAny(woken, Task.Delay(settings.PollInterval, clock, stoppingToken));
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                var delay = backoff.Next();
                LogRunFailed(ex, delay);
                await Task.Delay(delay, clock, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
            }
        }
    }

    /// <summary>One run: leases the due mails, sends them and records the outcome; returns how many were leased.</summary>
    public async Task<int> SendDueAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<MailDispatch>().SendDueAsync(cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Mail sender run failed; trying again in {Delay}")]
    private partial void LogRunFailed(Exception exception, TimeSpan delay);
}
