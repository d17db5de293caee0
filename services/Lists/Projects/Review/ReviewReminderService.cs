namespace Corridor.Lists.Projects.Review;

/// <summary>Runs a <see cref="ReviewReminders"/> round every <see cref="ReviewReminderOptions.Interval"/>; a failed round is logged and retried next time.</summary>
internal sealed class ReviewReminderService(IServiceScopeFactory scopes, ReviewReminderOptions options, TimeProvider clock, ILogger<ReviewReminderService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Interval, clock);
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var changed = await scope.ServiceProvider.GetRequiredService<ReviewReminders>().RunOnceAsync(stoppingToken);
                if (changed > 0)
                {
                    logger.LogInformation("Reminded or reported {Count} project reviews.", changed);
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                logger.LogError(ex, "Reminding project reviews failed; retrying in {Interval}.", options.Interval);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
