namespace Corridor.Agreements.Lifecycle;

/// <summary>Runs a lifecycle round every <see cref="LifecycleOptions.Interval"/>; a failed round is logged and retried next time.</summary>
internal sealed class LifecycleService(IServiceScopeFactory scopes, LifecycleOptions options, TimeProvider clock, ILogger<LifecycleService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Interval, clock);
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var round = await scope.ServiceProvider.GetRequiredService<AgreementLifecycle>().RunOnceAsync(stoppingToken);
                if (round.Activated + round.Expired + round.RenewalWarnings > 0)
                {
                    logger.LogInformation(
                        "Agreements lifecycle: {Activated} activated, {Expired} expired, {Warned} renewal warnings.", round.Activated, round.Expired, round.RenewalWarnings);
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                logger.LogError(ex, "The agreements lifecycle round failed; retrying in {Interval}.", options.Interval);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
