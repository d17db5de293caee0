namespace Corridor.Benchmarks.Runner;

/// <summary>The rows of one path (scenarios and their baselines), with the load average when it ended; or why it failed.</summary>
public sealed record PathResult(string Path, string Title, IReadOnlyList<Row> Rows, double LoadAverage, double Seconds, string? Error = null);
