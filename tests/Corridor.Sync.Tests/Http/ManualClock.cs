namespace Corridor.Sync.Tests.Http;

/// <summary>A clock the test moves by hand; timers still run on real time (the retry delays in these tests are milliseconds).</summary>
internal sealed class ManualClock : TimeProvider
{
    private DateTimeOffset _now = new(2026, 11, 25, 8, 0, 0, TimeSpan.Zero);

    public override DateTimeOffset GetUtcNow() => _now;

    public void Advance(TimeSpan by) => _now += by;
}
