namespace Corridor.Notifications.Webhooks;

/// <summary>
/// One event for one endpoint: its body is fixed when the event arrives, so every attempt and every replay sends the
/// same bytes under the same <c>webhook-id</c> (the delivery's id), and a receiver can de-duplicate on it.
/// </summary>
public sealed class WebhookDelivery
{
    private WebhookDelivery()
    {
    }

    public WebhookDelivery(Guid endpointId, string eventType, Guid recordId, long recordVersion, DateTime occurredAt, string body, DateTime now)
    {
        Id = Guid.NewGuid();
        EndpointId = endpointId;
        EventType = eventType;
        RecordId = recordId;
        RecordVersion = recordVersion;
        OccurredAt = occurredAt;
        Body = body;
        CreatedAt = now;
        NextAttemptAt = now;
    }

    public Guid Id { get; private set; }

    public Guid EndpointId { get; private set; }

    public string EventType { get; private set; } = "";

    public Guid RecordId { get; private set; }

    public long RecordVersion { get; private set; }

    public DateTime OccurredAt { get; private set; }

    /// <summary>The JSON POSTed: <c>{"type", "timestamp", "data"}</c>.</summary>
    public string Body { get; private set; } = "";

    public DateTime CreatedAt { get; private set; }

    public WebhookDeliveryStatus Status { get; private set; }

    /// <summary>Attempts made, replays included.</summary>
    public int Attempts { get; private set; }

    /// <summary>Failed attempts since the last success or replay: the position in the retry schedule.</summary>
    public int RetryStep { get; private set; }

    public DateTime NextAttemptAt { get; private set; }

    public DateTime? DeliveredAt { get; private set; }

    public Guid? LeaseToken { get; private set; }

    public DateTime? LeasedUntil { get; private set; }

    /// <summary>The webhook-id header: stable across retries and replays.</summary>
    public string WebhookId => $"msg_{Id:N}";

    public void Delivered(DateTime now)
    {
        Attempts++;
        Status = WebhookDeliveryStatus.Delivered;
        DeliveredAt = now;
        RetryStep = 0;
        Release();
    }

    /// <summary>Schedules the next try after the schedule's next delay (jittered by up to a tenth), or gives up after its last.</summary>
    public void AttemptFailed(DateTime now, IReadOnlyList<TimeSpan> schedule)
    {
        Attempts++;
        if (RetryStep >= schedule.Count)
        {
            Status = WebhookDeliveryStatus.Failed;
        }
        else
        {
            var delay = schedule[RetryStep++];
            // Jitter spreads the retries of many deliveries that failed together (a receiver's outage) over time.
            NextAttemptAt = now + delay + (delay * (Random.Shared.NextDouble() * 0.1));
        }

        Release();
    }

    /// <summary>Sent again now with the same webhook-id, and retried on the schedule from its start if it fails.</summary>
    public void Replay(DateTime now)
    {
        Status = WebhookDeliveryStatus.Pending;
        RetryStep = 0;
        NextAttemptAt = now;
        Release();
    }

    private void Release()
    {
        LeaseToken = null;
        LeasedUntil = null;
    }
}
