namespace Corridor.Sync.Webhooks;

/// <summary>An endpoint as the Notifications service lists it (the fields the commands print).</summary>
public sealed record EndpointView(
    Guid Id,
    string Url,
    IReadOnlyList<string> EventKinds,
    string? Description,
    string Status,
    string? DisabledReason,
    DateTime? FailingSince,
    DateTime? PreviousSecretExpiresAt);

/// <summary>The answer to a registration: the endpoint and its signing secret.</summary>
public sealed record RegisteredEndpoint(EndpointView Endpoint, string Secret);

/// <summary>The signing secrets after a rotation: the new one, and the old one while the overlap lasts.</summary>
public sealed record SecretView(string Secret, string? PreviousSecret, DateTime? PreviousSecretExpiresAt);
