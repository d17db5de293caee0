using System.Globalization;
using Corridor.Benchmarks.Runner;
using Corridor.Testing.Processes;
using Corridor.TestKit;

namespace Corridor.Benchmarks.Paths;

/// <summary>Lists' outbox: where it stands, when it is empty, and how fast it published a run of rows (from their DispatchedAt).</summary>
public static class OutboxDrain
{
    // Bounded, but generous: on a loaded 2-core machine a backlog of tens of thousands of rows takes minutes.
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(10);

    public static Task<long> LastSequenceAsync(ServiceProcess service) =>
        ServiceFile.ScalarAsync(service, "SELECT COALESCE(MAX(Sequence), 0) FROM OutboxMessages");

    public static Task WaitUntilEmptyAsync(ServiceProcess service) =>
        Eventually.TrueAsync(
            async () => await ServiceFile.ScalarAsync(service, "SELECT COUNT(*) FROM OutboxMessages WHERE DispatchedAt IS NULL AND QuarantinedAt IS NULL") == 0,
            Limit,
            string.Create(CultureInfo.InvariantCulture, $"{service.Name}'s outbox drains (log: {service.LogPath})"));

    /// <summary>The rows after <paramref name="afterSequence"/> over the span from the first to the last one's DispatchedAt.</summary>
    public static async Task<LoopSample> DispatchRateAsync(ServiceProcess service, long afterSequence)
    {
        var times = await ServiceFile.RowsAsync(service, $"SELECT DispatchedAt FROM OutboxMessages WHERE Sequence > {afterSequence} AND DispatchedAt IS NOT NULL", r => r.GetDateTime(0));
        return times.Count < 2
            ? throw new InvalidOperationException($"only {times.Count} outbox rows after sequence {afterSequence} were dispatched")
            : LoopSample.Whole(times.Count, times.Max() - times.Min());
    }
}
