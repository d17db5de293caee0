namespace Corridor.Lists.Tests;

/// <summary>A clock that stands where the test puts it, for the jobs under test.</summary>
internal sealed class TestClock(DateTime utcNow) : TimeProvider
{
    public DateTime UtcNow { get; set; } = utcNow;

    public override DateTimeOffset GetUtcNow() => new(UtcNow, TimeSpan.Zero);
}
