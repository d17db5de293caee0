namespace Corridor.BuildingBlocks.Tests.Grpc;

/// <summary>A clock the test moves by hand, so a circuit breaker's break can pass without waiting for it.</summary>
internal sealed class ManualClock : TimeProvider
{
    private DateTimeOffset _now = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public override DateTimeOffset GetUtcNow() => _now;

    public void Advance(TimeSpan by) => _now += by;
}
