using Microsoft.Extensions.Options;

namespace Corridor.Notifications.Reminders;

/// <summary>Runs a <see cref="ReminderRound"/> every <see cref="ReminderOptions.Interval"/>; a failed round is logged and retried next time.</summary>
internal sealed class ReminderRounds(IServiceScopeFactory scopes, IOptions<ReminderOptions> options, TimeProvider clock, ILogger<ReminderRounds> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.Interval, clock);
        // The first round waits one interval: the consumers first catch up with what queued while the service was down.
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var sent = await scope.ServiceProvider.GetRequiredService<ReminderRound>().RunOnceAsync(stoppingToken);
                if (sent > 0)
                {
                    logger.LogInformation("Sent {Count} reminders.", sent);
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                logger.LogError(ex, "A reminder round failed; retrying in {Interval}.", options.Value.Interval);
            }
        }
    }
}
