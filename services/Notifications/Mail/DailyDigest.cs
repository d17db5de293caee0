using Microsoft.Extensions.Options;

namespace Corridor.Notifications.Mail;

/// <summary>
/// Runs the <see cref="DigestRound"/> once a day at <see cref="MailOptions.DigestAt"/> (China time); on start, also
/// today's round when its time has passed (a replica that was down at 08:00 catches up; one made already is kept).
/// The mails themselves go out through <see cref="MailSender"/>, with its retries.
/// </summary>
public sealed partial class DailyDigest(IServiceScopeFactory scopes, IOptions<MailOptions> options, TimeProvider clock, ILogger<DailyDigest> logger)
    : BackgroundService
{
    private static readonly TimeSpan RetryAfterFailure = TimeSpan.FromMinutes(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var digestAt = options.Value.DigestAt;
        var now = clock.GetUtcNow().UtcDateTime;
        var due = DigestSchedule.OnDayOf(now, digestAt);
        if (due > now)
        {
            due = DigestSchedule.NextAfter(now, digestAt);
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var wait = due - clock.GetUtcNow().UtcDateTime;
                if (wait > TimeSpan.Zero)
                {
                    await Task.Delay(wait, clock, stoppingToken);
                }

                if (options.Value.Enabled)
                {
                    await RunAsync(due, stoppingToken);
                }

                due = DigestSchedule.NextAfter(due, digestAt);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                LogRoundFailed(ex, RetryAfterFailure);
                await Task.Delay(RetryAfterFailure, clock, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
            }
        }
    }

    /// <summary>Makes the digests of the day of <paramref name="digestInstant"/>; returns how many.</summary>
    public async Task<int> RunAsync(DateTime digestInstant, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var made = await scope.ServiceProvider.GetRequiredService<DigestRound>()
            .RunAsync(DigestRound.DayOf(digestInstant), digestInstant, cancellationToken);
        LogRound(DigestRound.DayOf(digestInstant), made);
        return made;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Daily digest of {Day}: {Made} digests made")]
    private partial void LogRound(DateOnly day, int made);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Daily digest round failed; trying again in {Delay}")]
    private partial void LogRoundFailed(Exception exception, TimeSpan delay);
}
