using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace Corridor.Notifications.Webhooks;

/// <summary>One signed POST of a delivery to its endpoint, and what came of it (never thrown: every outcome is logged as an attempt).</summary>
public sealed class WebhookPost(HttpClient http, TimeProvider clock)
{
    public const string ClientName = "webhooks";

    public async Task<WebhookAttempt> SendAsync(WebhookDelivery delivery, WebhookEndpoint endpoint, CancellationToken cancellationToken)
    {
        var at = clock.GetUtcNow();
        var timestamp = DateTimeOffset.FromUnixTimeSeconds(at.ToUnixTimeSeconds());
        using var request = new HttpRequestMessage(HttpMethod.Post, endpoint.Url)
        {
            Content = new StringContent(delivery.Body, Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("webhook-id", delivery.WebhookId);
        request.Headers.Add("webhook-timestamp", timestamp.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture));
        request.Headers.Add("webhook-signature", WebhookSignature.Of(endpoint.SigningSecretsAt(at.UtcDateTime), delivery.WebhookId, timestamp, delivery.Body));
        var watch = Stopwatch.StartNew();
        try
        {
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            var excerpt = await ExcerptAsync(response, cancellationToken);
            return new WebhookAttempt(delivery.Id, at.UtcDateTime, (int)response.StatusCode, watch.ElapsedMilliseconds, excerpt, null);
        }
        catch (Exception ex) when (ex is HttpRequestException or IOException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            var error = ex is TaskCanceledException ? $"No answer within {http.Timeout.TotalSeconds:0} s." : $"{ex.GetType().Name}: {ex.Message}";
            return new WebhookAttempt(delivery.Id, at.UtcDateTime, null, watch.ElapsedMilliseconds, null, error);
        }
    }

    private static async Task<string> ExcerptAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        // Only the start is kept: a receiver answering a large page must not cost more than the excerpt.
        await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken);
        var buffer = new char[WebhookAttempt.ExcerptLength];
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var read = await reader.ReadBlockAsync(buffer, cancellationToken);
        return new string(buffer, 0, read);
    }
}
