namespace Corridor.Benchmarks.Runner;

/// <summary>Runs one measurement the scale's number of times (after an unrecorded warm-up when asked).</summary>
public static class Repeat
{
    public static async Task<List<LoopSample>> RunAsync(BenchScale scale, Func<TimeSpan, Task<LoopSample>> measure, bool warmUp = true)
    {
        if (warmUp)
        {
            await measure(scale.Warmup);
        }

        var samples = new List<LoopSample>();
        for (var run = 0; run < scale.Repetitions; run++)
        {
            samples.Add(await measure(scale.Duration));
        }

        return samples;
    }

    /// <summary>A measurement that is not a timed loop (a batch, a drain): run it <c>Repetitions</c> times as given.</summary>
    public static async Task<List<LoopSample>> TimesAsync(int repetitions, Func<int, Task<LoopSample>> measure)
    {
        var samples = new List<LoopSample>();
        for (var run = 0; run < repetitions; run++)
        {
            samples.Add(await measure(run));
        }

        return samples;
    }
}
