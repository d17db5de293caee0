using System.Net;
using System.Text.Json;
using Corridor.BuildingBlocks.Security;
using Corridor.Notifications.Tests.Integration;
using Corridor.Testing;
using Corridor.TestKit;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;

namespace Corridor.Notifications.Tests.Webhooks;

/// <summary>A region's sync client calling the webhook REST API of a test host.</summary>
internal sealed class WebhookApi(NotificationsHost notifications, DemoOrgan organ)
{
    /// <summary>Short retries and a quick poll, private targets (the loopback receivers) and http allowed.</summary>
    public static IReadOnlyDictionary<string, string?> TestSettings { get; } = new Dictionary<string, string?>
    {
        ["Notifications:Webhooks:AllowPrivateTargets"] = "true",
        ["Notifications:Webhooks:AllowInsecureHttp"] = "true",
        ["Notifications:Webhooks:PollInterval"] = "00:00:00.100",
        ["Notifications:Webhooks:RetrySchedule:0"] = "00:00:00.200",
        ["Notifications:Webhooks:RetrySchedule:1"] = "00:00:00.300",
        ["Notifications:Webhooks:RetrySchedule:2"] = "00:00:00.400",
    };

    public HttpClient Client { get; } = notifications.Host.CreateRestClient(TestTokens.For(organ, CorridorRoles.SyncClient));

    /// <summary>
    /// Waits until every receive endpoint of the host consumes: /health/ready counts a bus still binding its queues as
    /// ready, and an event published before the webhook queue is bound to its exchange would go nowhere.
    /// </summary>
    public static Task WaitUntilConsumingAsync(NotificationsHost notifications)
    {
        var bus = notifications.Host.Services.GetRequiredService<IBusControl>();
        return Eventually.TrueAsync(() => Task.FromResult(bus.CheckHealth().Status == BusHealthStatus.Healthy), NotificationsHost.Timeout, "the bus did not start consuming");
    }

    public async Task<(Guid Id, string Secret)> RegisterAsync(Uri url, params string[] kinds)
    {
        var registered = await (await Client.PostJsonAsync("/api/v1/webhooks/endpoints", new { url, eventKinds = kinds, description = "省级系统" }))
            .ReadAsAsync<JsonElement>(HttpStatusCode.Created);
        return (registered.GetProperty("endpoint").GetProperty("id").GetGuid(), registered.GetProperty("secret").GetString()!);
    }

    public async Task<JsonElement[]> DeliveriesAsync(Guid endpointId, string query = "") =>
        [.. (await (await Client.GetAsync($"/api/v1/webhooks/endpoints/{endpointId}/deliveries{query}")).ReadAsAsync<JsonElement>(HttpStatusCode.OK))
            .GetProperty("items").EnumerateArray()];

    public async Task<JsonElement[]> WaitForDeliveredAsync(Guid endpointId, int count)
    {
        JsonElement[] delivered = [];
        try
        {
            await Eventually.TrueAsync(
                async () => (delivered = await DeliveriesAsync(endpointId, "?status=Delivered")).Length >= count,
                NotificationsHost.Timeout,
                $"{count} deliveries were not delivered");
        }
        catch (TimeoutException ex)
        {
            throw new TimeoutException($"{ex.Message}; the log: {JsonSerializer.Serialize(await DeliveriesAsync(endpointId))}", ex);
        }

        return delivered;
    }

    public static async Task<ReceivedWebhook[]> WaitForAsync(WebhookReceiver receiver, int count)
    {
        await Eventually.TrueAsync(() => Task.FromResult(receiver.Received.Count >= count), NotificationsHost.Timeout, $"the receiver did not get {count} POSTs");
        return [.. receiver.Received];
    }
}
