using StandardWebhooks;

namespace Corridor.Notifications.Webhooks;

/// <summary>
/// The <c>webhook-signature</c> header: <c>v1,&lt;base64 HMAC-SHA256&gt;</c> of <c>id.timestamp.body</c> for each secret,
/// space-separated (the current secret first), as the Standard Webhooks library computes it.
/// </summary>
public static class WebhookSignature
{
    public static string Of(IEnumerable<string> secrets, string webhookId, DateTimeOffset timestamp, string body) =>
        string.Join(' ', secrets.Select(secret => new StandardWebhook(secret).Sign(webhookId, timestamp, body)));
}
