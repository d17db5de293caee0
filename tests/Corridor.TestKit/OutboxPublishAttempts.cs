using System.Collections.Concurrent;
using System.Diagnostics;

namespace Corridor.TestKit;

/// <summary>
/// Records the outbox dispatcher's finished publish attempts (its "outbox publish" activities) by message id, so a
/// test can wait until a row has really been tried, e.g. while the broker is down, instead of sleeping.
/// </summary>
public sealed class OutboxPublishAttempts : IDisposable
{
    /// <summary>The outbox dispatcher's ActivitySource (OutboxDispatcher.TelemetryName in the building blocks).</summary>
    public const string SourceName = "Corridor.Outbox";

    private readonly ConcurrentDictionary<Guid, int> _attempts = new();
    private readonly ActivityListener _listener;

    public OutboxPublishAttempts()
    {
        _listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == SourceName,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllData,
            ActivityStopped = activity =>
            {
                if (activity.GetTagItem("messaging.message.id") is Guid messageId)
                {
                    _attempts.AddOrUpdate(messageId, 1, (_, n) => n + 1);
                }
            },
        };
        ActivitySource.AddActivityListener(_listener);
    }

    public Task WaitForAttemptsAsync(Guid messageId, int attempts, TimeSpan timeout) =>
        Eventually.TrueAsync(
            () => Task.FromResult(_attempts.GetValueOrDefault(messageId) >= attempts),
            timeout,
            $"the outbox tried to publish {messageId} {attempts} times");

    public void Dispose() => _listener.Dispose();
}
