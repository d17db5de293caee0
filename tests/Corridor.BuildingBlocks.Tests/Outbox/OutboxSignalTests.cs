using Corridor.BuildingBlocks.Outbox;

namespace Corridor.BuildingBlocks.Tests.Outbox;

public sealed class OutboxSignalTests
{
    [Fact]
    public async Task Wakes_a_waiter_at_once_and_coalesces_repeated_notifications()
    {
        var signal = new OutboxSignal();
        signal.Notify();
        signal.Notify();

        Assert.True(await signal.WaitAsync(TimeSpan.FromSeconds(10), CancellationToken.None));
        Assert.False(await signal.WaitAsync(TimeSpan.FromMilliseconds(50), CancellationToken.None));
    }
}
