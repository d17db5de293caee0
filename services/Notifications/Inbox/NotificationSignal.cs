namespace Corridor.Notifications.Inbox;

/// <summary>
/// Wakes this replica's live inbox streams when notifications were committed here. A stream also looks at the
/// database every few seconds, so what another replica wrote reaches it too, only later.
/// </summary>
public sealed class NotificationSignal
{
    private TaskCompletionSource _next = NewSource();

    /// <summary>Completes at the next commit that added notifications after this call.</summary>
    public Task Next => Volatile.Read(ref _next).Task;

    public void Raise()
    {
        // Every waiting stream wakes and checks its own person's inbox; there are few streams per replica.
        Interlocked.Exchange(ref _next, NewSource()).TrySetResult();
    }

    private static TaskCompletionSource NewSource() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
