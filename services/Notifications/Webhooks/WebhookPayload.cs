using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Corridor.Contracts.Events;

namespace Corridor.Notifications.Webhooks;

/// <summary>
/// The body POSTed for an event: <c>{"type": "ProblemUrged", "timestamp": "…", "data": {…the event…, "recordVersion": n}}</c>.
/// Deliveries of one record may arrive out of order (retries, replays); <c>recordVersion</c> lets a receiver keep the newest.
/// </summary>
public static class WebhookPayload
{
    public static string Serialize(IIntegrationEvent message)
    {
        var data = JsonSerializer.SerializeToNode(message, message.GetType(), JsonSerializerOptions.Web)!.AsObject();
        data["recordVersion"] = message.AggregateVersion;
        var body = new JsonObject
        {
            ["type"] = message.GetType().Name,
            ["timestamp"] = message.OccurredAt.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture),
            ["data"] = data,
        };
        return body.ToJsonString(JsonSerializerOptions.Web);
    }
}
