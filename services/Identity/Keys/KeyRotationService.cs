namespace Corridor.Identity.Keys;

/// <summary>Re-applies the key schedule when it next changes (or at the check interval), so keys roll over without a restart.</summary>
internal sealed class KeyRotationService(KeyRing ring, TimeProvider time, ILogger<KeyRotationService> logger) : BackgroundService
{
    private static readonly TimeSpan RetryDelay = TimeSpan.FromMinutes(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            var wait = ring.NextChange - time.GetUtcNow().UtcDateTime;
            await Task.Delay(wait > TimeSpan.Zero ? wait : TimeSpan.Zero, time, stoppingToken);
            try
            {
                await ring.RefreshAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // The current keys stay in use; the next attempt comes after a short delay.
                logger.LogError(ex, "Applying the key schedule failed; retrying in {Delay}", RetryDelay);
                await Task.Delay(RetryDelay, time, stoppingToken);
            }
        }
    }
}
