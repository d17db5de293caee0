namespace Corridor.Notifications.Webhooks;

/// <summary>A delivery in the endpoint's log, with every attempt made.</summary>
public sealed record WebhookDeliveryView(
    Guid Id,
    string WebhookId,
    string EventType,
    Guid RecordId,
    long RecordVersion,
    DateTime OccurredAt,
    DateTime CreatedAt,
    string Status,
    int Attempts,
    DateTime? NextAttemptAt,
    DateTime? DeliveredAt,
    IReadOnlyList<WebhookAttemptView> AttemptLog)
{
    public static WebhookDeliveryView Of(WebhookDelivery d, IEnumerable<WebhookAttempt> attempts) => new(
        d.Id, d.WebhookId, d.EventType, d.RecordId, d.RecordVersion, d.OccurredAt, d.CreatedAt, d.Status.ToString(), d.Attempts,
        d.Status == WebhookDeliveryStatus.Pending ? d.NextAttemptAt : null, d.DeliveredAt,
        attempts.OrderBy(a => a.At).ThenBy(a => a.Id).Select(a => new WebhookAttemptView(a.At, a.StatusCode, a.LatencyMs, a.ResponseExcerpt, a.Error)).ToArray());
}

public sealed record WebhookAttemptView(DateTime At, int? StatusCode, long LatencyMs, string? ResponseExcerpt, string? Error);
