namespace Corridor.Lists.Problems.Escalation;

/// <summary>Runs an escalation round every <see cref="EscalationOptions.Interval"/>; a failed round is logged and retried next time.</summary>
internal sealed class EscalationService(IServiceScopeFactory scopes, EscalationOptions options, TimeProvider clock, ILogger<EscalationService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Interval, clock);
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var escalated = await scope.ServiceProvider.GetRequiredService<ProblemEscalation>().RunOnceAsync(stoppingToken);
                if (escalated > 0)
                {
                    logger.LogInformation("Escalated {Count} overdue problems.", escalated);
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                logger.LogError(ex, "Escalating overdue problems failed; retrying in {Interval}.", options.Interval);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
