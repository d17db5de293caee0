namespace Corridor.Notifications.Webhooks;

/// <summary>
/// A region's receiver of signed event POSTs (Standard Webhooks). It receives the event kinds it asked for, of the records
/// its region may read (<see cref="WebhookAudience"/>); while a rotation overlaps, deliveries carry both secrets' signatures.
/// </summary>
public sealed class WebhookEndpoint
{
    public const string AllKinds = "*";

    private WebhookEndpoint()
    {
    }

    public WebhookEndpoint(string regionCode, string registeredBy, Uri url, IEnumerable<string> eventKinds, string? description, string secret, DateTime now)
    {
        Id = Guid.NewGuid();
        RegionCode = regionCode;
        RegisteredBy = registeredBy;
        Url = url.AbsoluteUri;
        EventKinds = string.Join(' ', eventKinds.Distinct(StringComparer.Ordinal));
        Description = description ?? "";
        Secret = secret;
        CreatedAt = now;
        Version = 1;
    }

    public Guid Id { get; private set; }

    public string RegionCode { get; private set; } = "";

    /// <summary>The caller that registered it (the token's actor: subject, or "person via client").</summary>
    public string RegisteredBy { get; private set; } = "";

    public string Url { get; private set; } = "";

    /// <summary>Space-separated event type names, or <c>*</c> for every kind.</summary>
    public string EventKinds { get; private set; } = "";

    public string Description { get; private set; } = "";

    public string Secret { get; private set; } = "";

    public string? PreviousSecret { get; private set; }

    public DateTime? PreviousSecretExpiresAt { get; private set; }

    public WebhookEndpointStatus Status { get; private set; }

    public string? DisabledReason { get; private set; }

    public DateTime? DisabledAt { get; private set; }

    /// <summary>When the current run of failed attempts began; null after a success.</summary>
    public DateTime? FailingSince { get; private set; }

    public DateTime CreatedAt { get; private set; }

    public long Version { get; private set; }

    public IReadOnlyList<string> Kinds => EventKinds.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    public bool Accepts(string eventType) => Kinds.Any(k => k == AllKinds || k == eventType);

    /// <summary>The secrets a delivery is signed with now: the current one, and the previous one until its overlap ends.</summary>
    public IReadOnlyList<string> SigningSecretsAt(DateTime now) =>
        PreviousSecret is { } previous && PreviousSecretExpiresAt > now ? [Secret, previous] : [Secret];

    public void Rotate(string newSecret, TimeSpan overlap, DateTime now)
    {
        PreviousSecret = overlap > TimeSpan.Zero ? Secret : null;
        PreviousSecretExpiresAt = overlap > TimeSpan.Zero ? now + overlap : null;
        Secret = newSecret;
        Version++;
    }

    public void Enable()
    {
        Status = WebhookEndpointStatus.Active;
        DisabledReason = null;
        DisabledAt = null;
        FailingSince = null;
        Version++;
    }
}
