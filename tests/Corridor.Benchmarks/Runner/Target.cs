namespace Corridor.Benchmarks.Runner;

/// <summary>One target of the issue for one row, e.g. "≥10,000 req/s", and whether the median met it.</summary>
public sealed record Target(string Text, double Actual, bool Met)
{
    public static Target AtLeast(string text, double actual, double limit) => new(text, Math.Round(actual, 2), actual >= limit);

    public static Target AtMost(string text, double actual, double limit) => new(text, Math.Round(actual, 2), actual <= limit);
}
