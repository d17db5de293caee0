namespace Corridor.Benchmarks.Paths;

/// <summary>The paths of a full run, in the order they run (peak memory last: it covers the others).</summary>
public static class AllPaths
{
    public static IReadOnlyList<IBenchPath> Create() =>
    [
        new RestGetPath(),
        new GrpcGetPath(),
        new ListPagePath(),
        new WritePath(),
        new BatchPath(),
        new OutboxDispatchPath(),
        new EventLatencyPath(),
        new ChangeFeedPath(),
        new PeakMemoryPath(),
    ];
}
