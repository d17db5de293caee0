namespace Corridor.Notifications.Webhooks;

/// <summary>An endpoint as its region sees it, without its secrets (<see cref="GetSecret"/> answers those).</summary>
public sealed record WebhookEndpointView(
    Guid Id,
    string RegionCode,
    string Url,
    IReadOnlyList<string> EventKinds,
    string Description,
    string Status,
    string? DisabledReason,
    DateTime? DisabledAt,
    DateTime? FailingSince,
    DateTime? PreviousSecretExpiresAt,
    string RegisteredBy,
    DateTime CreatedAt,
    long Version)
{
    public static WebhookEndpointView Of(WebhookEndpoint e) => new(
        e.Id, e.RegionCode, e.Url, e.Kinds, e.Description, e.Status.ToString(), e.DisabledReason, e.DisabledAt, e.FailingSince,
        e.PreviousSecretExpiresAt, e.RegisteredBy, e.CreatedAt, e.Version);
}

/// <summary>The signing secrets: the current one, and the previous one while a rotation's overlap lasts.</summary>
public sealed record WebhookSecretView(string Secret, string? PreviousSecret, DateTime? PreviousSecretExpiresAt)
{
    public static WebhookSecretView Of(WebhookEndpoint e, DateTime now) =>
        e.PreviousSecretExpiresAt > now ? new(e.Secret, e.PreviousSecret, e.PreviousSecretExpiresAt) : new(e.Secret, null, null);
}
