using System.Diagnostics;

namespace Corridor.Benchmarks.Runner;

/// <summary>An open-loop load: operation n starts at n / rate seconds whether or not earlier ones have answered.</summary>
public static class OpenLoop
{
    /// <returns>How long sending took (the last operation's answer included).</returns>
    public static async Task<TimeSpan> RunAsync(int count, int rate, Func<int, Task> operation)
    {
        var inFlight = new List<Task>(count);
        var clock = Stopwatch.StartNew();
        for (var n = 0; n < count; n++)
        {
            var due = TimeSpan.FromSeconds((double)n / rate);
            if (due > clock.Elapsed)
            {
                await Task.Delay(due - clock.Elapsed);
            }

            inFlight.Add(operation(n));
        }

        await Task.WhenAll(inFlight);
        return clock.Elapsed;
    }
}
