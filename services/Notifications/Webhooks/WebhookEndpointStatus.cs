namespace Corridor.Notifications.Webhooks;

public enum WebhookEndpointStatus
{
    Active,
    Disabled,
}
