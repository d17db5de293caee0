using System.Net;
using System.Text.Json;
using Corridor.BuildingBlocks.Security;
using Corridor.Contracts.Events;
using Corridor.Notifications.Tests.Integration;
using Corridor.Testing;
using Corridor.TestKit;

namespace Corridor.Notifications.Tests.Webhooks;

/// <summary>Who may register endpoints, which region sees which, and what a region is sent.</summary>
[Collection(SharedRabbitMq.CollectionName)]
public sealed class WebhookTenancyTests(SharedRabbitMq rabbitMq)
{
    private static readonly DateTime At = new(2026, 6, 1, 2, 0, 0, DateTimeKind.Utc);

    [SkippableFact]
    public async Task A_region_never_receives_another_regions_team_roster_but_both_receive_what_every_member_reads()
    {
        await using var notifications = await NotificationsHost.StartAsync(await rabbitMq.CreateVirtualHostAsync(), WebhookApi.TestSettings);
        await WebhookApi.WaitUntilConsumingAsync(notifications);
        await using var yulinReceiver = await WebhookReceiver.StartAsync();
        await using var zhaoqingReceiver = await WebhookReceiver.StartAsync();
        var yulin = new WebhookApi(notifications, DemoOrgans.Yulin);
        var zhaoqing = new WebhookApi(notifications, DemoOrgans.Zhaoqing);
        var (yulinEndpoint, _) = await yulin.RegisterAsync(yulinReceiver.Url, "*");
        var (zhaoqingEndpoint, _) = await zhaoqing.RegisterAsync(zhaoqingReceiver.Url, "*");

        var teamId = Guid.NewGuid();
        await notifications.PublishAsync(new TeamRegistered(teamId, "Commando", "玉林市产业帮扶突击队", DemoOrgans.Yulin.Id, "450900", new DateOnly(2026, 5, 1), null, 1, At));
        await notifications.PublishAsync(new MemberJoined(teamId, Guid.NewGuid(), "Leader", true, new DateOnly(2026, 5, 2), 2, At));
        await notifications.PublishAsync(new PersonChanged(Guid.NewGuid(), "staff-450900", "玉林 张三", DemoOrgans.Yulin.Id, "450900", [CorridorRoles.Member], "a@b.c", true, 1, At));

        var yulinDelivered = await yulin.WaitForDeliveredAsync(yulinEndpoint, 2);
        Assert.Equal(["MemberJoined", "TeamRegistered"], yulinDelivered.Select(d => d.GetProperty("eventType").GetString()).Order());
        // The roster event was fanned out (Yulin has it), in one transaction for every endpoint: Zhaoqing has only the team.
        var zhaoqingDelivered = await zhaoqing.WaitForDeliveredAsync(zhaoqingEndpoint, 1);
        Assert.Equal(["TeamRegistered"], (await zhaoqing.DeliveriesAsync(zhaoqingEndpoint)).Select(d => d.GetProperty("eventType").GetString()));
        Assert.DoesNotContain(zhaoqingReceiver.Received, r => r.Body.Contains("MemberJoined", StringComparison.Ordinal));
        Assert.DoesNotContain(yulinReceiver.Received, r => r.Body.Contains("PersonChanged", StringComparison.Ordinal));
        Assert.Single(zhaoqingDelivered);
    }

    [SkippableFact]
    public async Task Only_sync_clients_and_coordinators_manage_endpoints_and_each_region_sees_only_its_own()
    {
        await using var notifications = await NotificationsHost.StartAsync(await rabbitMq.CreateVirtualHostAsync(), WebhookApi.TestSettings);
        await WebhookApi.WaitUntilConsumingAsync(notifications);
        var yulin = new WebhookApi(notifications, DemoOrgans.Yulin);
        var (endpointId, secret) = await yulin.RegisterAsync(new Uri("http://127.0.0.1:9/hook"), nameof(ProblemUrged));

        using var coordinator = notifications.Host.CreateRestClient(TestTokens.Coordinator(DemoOrgans.Yulin));
        var listed = await (await coordinator.GetAsync("/api/v1/webhooks/endpoints")).ReadAsAsync<JsonElement>(HttpStatusCode.OK);
        Assert.Equal(endpointId, listed.EnumerateArray().Single().GetProperty("id").GetGuid());
        var secretView = await (await coordinator.GetAsync($"/api/v1/webhooks/endpoints/{endpointId}/secret")).ReadAsAsync<JsonElement>(HttpStatusCode.OK);
        Assert.Equal(secret, secretView.GetProperty("secret").GetString());

        using var member = notifications.Host.CreateRestClient(TestTokens.Member(DemoOrgans.Yulin));
        await (await member.GetAsync("/api/v1/webhooks/endpoints")).ReadProblemAsync(HttpStatusCode.Forbidden);

        var other = new WebhookApi(notifications, DemoOrgans.Zhaoqing);
        Assert.Empty((await (await other.Client.GetAsync("/api/v1/webhooks/endpoints")).ReadAsAsync<JsonElement>(HttpStatusCode.OK)).EnumerateArray());
        await (await other.Client.GetAsync($"/api/v1/webhooks/endpoints/{endpointId}")).ReadProblemAsync(HttpStatusCode.NotFound);
        await (await other.Client.GetAsync($"/api/v1/webhooks/endpoints/{endpointId}/secret")).ReadProblemAsync(HttpStatusCode.NotFound);
        await (await other.Client.DeleteAsync($"/api/v1/webhooks/endpoints/{endpointId}")).ReadProblemAsync(HttpStatusCode.NotFound);

        Assert.Equal(HttpStatusCode.NoContent, (await yulin.Client.DeleteAsync($"/api/v1/webhooks/endpoints/{endpointId}")).StatusCode);
        await (await yulin.Client.GetAsync($"/api/v1/webhooks/endpoints/{endpointId}")).ReadProblemAsync(HttpStatusCode.NotFound);
    }

    [SkippableFact]
    public async Task Bad_urls_unknown_event_kinds_and_loopback_targets_are_refused_naming_the_field()
    {
        await using var notifications = await NotificationsHost.StartAsync(
            await rabbitMq.CreateVirtualHostAsync(),
            new Dictionary<string, string?> { ["Notifications:Webhooks:AllowPrivateTargets"] = "false", ["Notifications:Webhooks:AllowInsecureHttp"] = "true" });
        var api = new WebhookApi(notifications, DemoOrgans.Yulin);

        foreach (var target in new[] { "http://127.0.0.1:8080/hook", "http://localhost/hook", "http://10.1.2.3/hook", "http://[::1]/hook", "http://169.254.169.254/latest" })
        {
            var refused = await (await api.Client.PostJsonAsync("/api/v1/webhooks/endpoints", new { url = target, eventKinds = new[] { "*" } }))
                .ReadProblemAsync(HttpStatusCode.BadRequest);
            Assert.True(refused.GetProperty("errors").TryGetProperty("Url", out _), $"{target}: {refused}");
        }

        var bad = await (await api.Client.PostJsonAsync("/api/v1/webhooks/endpoints", new { url = "ftp://example.org/x", eventKinds = new[] { "ProblemUrged", "NoSuchEvent", "PersonChanged" } }))
            .ReadProblemAsync(HttpStatusCode.BadRequest);
        var errors = bad.GetProperty("errors");
        Assert.True(errors.TryGetProperty("Url", out _), bad.ToString());
        Assert.Equal(2, errors.EnumerateObject().Count(e => e.Name.StartsWith("EventKinds", StringComparison.Ordinal)));
    }
}
