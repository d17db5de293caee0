using System.Diagnostics;

namespace Corridor.Benchmarks.Runner;

/// <summary>
/// A closed-loop load: <c>concurrency</c> workers each send the next operation as soon as the previous one answered,
/// for a fixed duration. An operation that fails throws and ends the run: a benchmark of failing calls measures nothing.
/// </summary>
public static class ClosedLoop
{
    /// <param name="operation">Called with the worker's index and its own operation counter.</param>
    public static async Task<LoopSample> RunAsync(int concurrency, TimeSpan duration, Func<int, long, Task> operation)
    {
        var latencies = new List<double>[concurrency];
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(worker => Task.Run(async () =>
        {
            var own = latencies[worker] = new List<double>(8192);
            for (long n = 0; clock.Elapsed < duration; n++)
            {
                var started = Stopwatch.GetTimestamp();
                await operation(worker, n);
                own.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }
        })));
        var elapsed = clock.Elapsed;
        return LoopSample.From(latencies.SelectMany(l => l).ToList(), elapsed);
    }
}
