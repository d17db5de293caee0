using System.Net;
using System.Text.Json;
using Corridor.BuildingBlocks.Security;
using Corridor.Contracts.Events;
using Corridor.Notifications.Infrastructure;
using Corridor.Testing;
using Corridor.TestKit;
using MassTransit;

namespace Corridor.SystemTests;

/// <summary>
/// A person's inbox event stream (server-sent events) through the gateway: each notification reaches the caller as it
/// is written, while the response stays open, so nothing between them holds the stream back until it ends.
/// </summary>
[Collection(SharedRabbitMq.CollectionName)]
public sealed class GatewayEventStreamTests(SharedRabbitMq rabbitMq)
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    [SkippableFact]
    public async Task The_inbox_event_stream_passes_through_the_gateway_one_notification_at_a_time()
    {
        var vhost = await rabbitMq.CreateVirtualHostAsync();
        await using var system = await CorridorSystem.StartAsync(vhost);
        await using var gateway = await system.StartGatewayAsync();
        // Events as Identity and Lists publish them: the person first, then a problem their region must accept.
        var bus = Bus.Factory.CreateUsingRabbitMq(c => c.Host(vhost));
        await bus.StartAsync();
        try
        {
            var coordinator = new PersonChanged(
                Guid.NewGuid(), $"{DemoOrgans.Qinzhou.Name}/{CorridorRoles.Member}+{CorridorRoles.Coordinator}", "钦州协调员", DemoOrgans.Qinzhou.Id,
                DemoOrgans.Qinzhou.RegionCode, [CorridorRoles.Member, CorridorRoles.Coordinator], null, true, 1, DateTime.UtcNow);
            await bus.Publish(coordinator);
            await Eventually.TrueAsync(
                () => system.Notifications.QueryAsync<NotificationsDbContext, bool>(db => Task.FromResult(db.People.Any(p => p.PersonId == coordinator.PersonId))),
                Timeout,
                "the coordinator was not announced");

            using var client = gateway.CreateRestClient(TestTokens.Coordinator(DemoOrgans.Qinzhou));
            using var timeout = new CancellationTokenSource(Timeout);
            using var stream = await client.GetAsync("/api/v1/notifications/stream", HttpCompletionOption.ResponseHeadersRead, timeout.Token);
            Assert.Equal(HttpStatusCode.OK, stream.StatusCode);
            Assert.Equal("text/event-stream", stream.Content.Headers.ContentType?.MediaType);
            using var events = new StreamReader(await stream.Content.ReadAsStreamAsync(timeout.Token));

            foreach (var title in new[] { "港口集疏运通道堵点", "跨境班列舱位紧张" })
            {
                await bus.Publish(new ProblemRaised(
                    Guid.NewGuid(), DemoOrgans.Yulin.RegionCode, DemoOrgans.Qinzhou.RegionCode, DemoOrgans.Yulin.Id, title, "Logistics", "High", null, 1, DateTime.UtcNow));
                using var notification = JsonDocument.Parse(await NextNotificationAsync(events, timeout.Token));
                Assert.Equal($"新问题待受理：{title}", notification.RootElement.GetProperty("subject").GetString());
            }
        }
        finally
        {
            await bus.StopAsync();
        }
    }

    /// <summary>The data line of the next <c>notification</c> event; the stream's end before it fails the test.</summary>
    private static async Task<string> NextNotificationAsync(StreamReader events, CancellationToken cancellationToken)
    {
        var inNotification = false;
        while (await events.ReadLineAsync(cancellationToken) is { } line)
        {
            if (line == "event: notification")
            {
                inNotification = true;
            }
            else if (inNotification && line.StartsWith("data: ", StringComparison.Ordinal))
            {
                return line["data: ".Length..];
            }
        }

        throw new InvalidOperationException("the event stream ended before a notification");
    }
}
