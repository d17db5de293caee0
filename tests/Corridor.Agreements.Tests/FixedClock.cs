namespace Corridor.Agreements.Tests;

/// <summary>A clock that stands at one instant, for the jobs under test.</summary>
internal sealed class FixedClock(DateTime utcNow) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => new(utcNow, TimeSpan.Zero);
}
