namespace Corridor.BuildingBlocks.Outbox;

/// <summary>Wakes the dispatcher right after a commit instead of letting it wait for the next poll.</summary>
public sealed class OutboxSignal
{
    private readonly SemaphoreSlim _wake = new(0, 1);

    public void Notify()
    {
        // One pending wake-up is enough: the dispatcher drains everything visible when it runs.
        if (_wake.CurrentCount == 0)
        {
            try
            {
                _wake.Release();
            }
            catch (SemaphoreFullException)
            {
                // A concurrent Notify already released it; the dispatcher will run.
            }
        }
    }

    /// <summary>True when woken by a commit, false when the poll interval passed.</summary>
    public Task<bool> WaitAsync(TimeSpan pollInterval, CancellationToken cancellationToken) =>
        _wake.WaitAsync(pollInterval, cancellationToken);
}
