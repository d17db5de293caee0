namespace Corridor.Notifications.Webhooks;

/// <summary>The event kinds an endpoint may ask for: the integration event types some region may be sent, or <c>*</c>.</summary>
public static class WebhookEventKinds
{
    public static bool IsKnown(string? kind) =>
        kind == WebhookEndpoint.AllKinds || (kind is not null && WebhookAudience.DeliverableKinds.Contains(kind, StringComparer.Ordinal));
}
