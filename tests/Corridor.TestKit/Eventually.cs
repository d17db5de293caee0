using System.Diagnostics;

namespace Corridor.TestKit;

/// <summary>
/// Bounded polling for conditions that become true asynchronously (a message arrives, a row appears).
/// </summary>
public static class Eventually
{
    private static readonly TimeSpan FirstInterval = TimeSpan.FromMilliseconds(50);
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(100);

    /// <summary>
    /// Evaluates <paramref name="condition"/> every 50–100 ms until it returns <see langword="true"/>;
    /// throws a <see cref="TimeoutException"/> naming <paramref name="because"/> when it has not
    /// within <paramref name="timeout"/>.
    /// </summary>
    /// <param name="condition">The check. Exceptions it throws are not retried: they propagate at once.</param>
    /// <param name="timeout">How long to keep trying, including a check that is still running.</param>
    /// <param name="because">What is being waited for, e.g. "the order is stored"; it is the exception message.</param>
    /// <param name="cancellationToken">Stops the wait with an <see cref="OperationCanceledException"/>.</param>
    /// <exception cref="TimeoutException">The condition did not become true in time.</exception>
    public static async Task TrueAsync(
        Func<Task<bool>> condition,
        TimeSpan timeout,
        string because,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(condition);
        ArgumentException.ThrowIfNullOrWhiteSpace(because);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(timeout, TimeSpan.Zero);

        var clock = Stopwatch.StartNew();
        var checks = 0;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var remaining = timeout - clock.Elapsed;
            if (remaining <= TimeSpan.Zero)
            {
                throw TimedOut(timeout, checks, because, stillRunning: false);
            }

            checks++;
            var check = condition();
            if (!check.IsCompleted)
            {
                using var delayCancellation = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
                var finished = await Task.WhenAny(check, Task.Delay(remaining, delayCancellation.Token));
                if (finished != check)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    throw TimedOut(timeout, checks, because, stillRunning: true);
                }

                await delayCancellation.CancelAsync();
            }

            if (await check)
            {
                return;
            }

            remaining = timeout - clock.Elapsed;
            if (remaining <= TimeSpan.Zero)
            {
                throw TimedOut(timeout, checks, because, stillRunning: false);
            }

            var pause = checks == 1 ? FirstInterval : Interval;
            await Task.Delay(pause < remaining ? pause : remaining, cancellationToken);
        }
    }

    /// <summary>Synchronous-condition form of <see cref="TrueAsync(Func{Task{bool}}, TimeSpan, string, CancellationToken)"/>.</summary>
    /// <param name="condition">The check. Exceptions it throws are not retried: they propagate at once.</param>
    /// <param name="timeout">How long to keep trying.</param>
    /// <param name="because">What is being waited for; it is the exception message.</param>
    /// <param name="cancellationToken">Stops the wait with an <see cref="OperationCanceledException"/>.</param>
    public static Task TrueAsync(
        Func<bool> condition,
        TimeSpan timeout,
        string because,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(condition);
        return TrueAsync(() => Task.FromResult(condition()), timeout, because, cancellationToken);
    }

    private static TimeoutException TimedOut(TimeSpan timeout, int checks, string because, bool stillRunning)
    {
        var detail = stillRunning ? "; the last check was still running" : string.Empty;
        return new TimeoutException(
            $"Timed out after {timeout.TotalSeconds:0.###} s ({checks} check(s){detail}) waiting until: {because}");
    }
}
