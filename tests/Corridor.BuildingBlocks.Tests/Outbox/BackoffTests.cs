using Corridor.BuildingBlocks.Outbox;

namespace Corridor.BuildingBlocks.Tests.Outbox;

public sealed class BackoffTests
{
    [Fact]
    public void Grows_exponentially_up_to_the_cap_and_starts_over_after_a_success()
    {
        var backoff = new Backoff(TimeSpan.FromMilliseconds(100), TimeSpan.FromSeconds(2));

        var delays = Enumerable.Range(0, 8).Select(_ => backoff.Next().TotalMilliseconds).ToArray();

        Assert.InRange(delays[0], 100, 120);
        Assert.InRange(delays[1], 200, 240);
        Assert.InRange(delays[2], 400, 480);
        Assert.All(delays[5..], d => Assert.InRange(d, 2000, 2400));
        backoff.Reset();
        Assert.InRange(backoff.Next().TotalMilliseconds, 100, 120);
    }
}
