namespace Corridor.Notifications.Webhooks;

/// <summary>One POST of a delivery: what the receiver answered (or why nothing came back), and how long it took.</summary>
public sealed class WebhookAttempt
{
    public const int ExcerptLength = 500;

    private WebhookAttempt()
    {
    }

    public WebhookAttempt(Guid deliveryId, DateTime at, int? statusCode, long latencyMs, string? responseExcerpt, string? error)
    {
        DeliveryId = deliveryId;
        At = at;
        StatusCode = statusCode;
        LatencyMs = latencyMs;
        ResponseExcerpt = Cut(responseExcerpt);
        Error = Cut(error);
    }

    public long Id { get; private set; }

    public Guid DeliveryId { get; private set; }

    public DateTime At { get; private set; }

    public int? StatusCode { get; private set; }

    public long LatencyMs { get; private set; }

    public string? ResponseExcerpt { get; private set; }

    public string? Error { get; private set; }

    public bool Succeeded => StatusCode is >= 200 and < 300;

    private static string? Cut(string? text) => text is { Length: > ExcerptLength } ? text[..ExcerptLength] : text;
}
