using System.Globalization;
using System.Net;
using System.Text.Json;
using Corridor.Contracts.Events;
using Corridor.Notifications.Tests.Integration;
using Corridor.Testing;
using Corridor.TestKit;

namespace Corridor.Notifications.Tests.Webhooks;

/// <summary>Signed deliveries to a real receiver on loopback: headers, signatures, retries, the attempt log and replays.</summary>
[Collection(SharedRabbitMq.CollectionName)]
public sealed class WebhookDeliveryTests(SharedRabbitMq rabbitMq)
{
    private static readonly DateTime At = new(2026, 6, 1, 2, 0, 0, DateTimeKind.Utc);

    [SkippableFact]
    public async Task A_receiver_checking_signatures_by_hand_gets_each_event_it_asked_for_once_with_the_standard_headers()
    {
        await using var notifications = await NotificationsHost.StartAsync(await rabbitMq.CreateVirtualHostAsync(), WebhookApi.TestSettings);
        await WebhookApi.WaitUntilConsumingAsync(notifications);
        await using var receiver = await WebhookReceiver.StartAsync();
        var api = new WebhookApi(notifications, DemoOrgans.Yulin);
        var (endpointId, secret) = await api.RegisterAsync(receiver.Url, nameof(ProblemRaised));
        Assert.StartsWith("whsec_", secret);
        Assert.InRange(Convert.FromBase64String(secret["whsec_".Length..]).Length, 24, 64);

        var problemId = Guid.NewGuid();
        var raised = new ProblemRaised(problemId, "441200", "450900", DemoOrgans.Zhaoqing.Id, "跨省物流园区用地指标协调", "Land", "High", null, 1, At);
        var messageId = Guid.NewGuid();
        await notifications.PublishAsync(raised, messageId);
        await notifications.PublishAsync(raised, messageId);
        await notifications.PublishAsync(new ProblemUrged(problemId, "441200", "450900", DemoOrgans.Zhaoqing.Id, "441200", 2, At));
        // The same consumer takes its messages in order: once this one is delivered, the copy before it was handled.
        var marker = raised with { ProblemId = Guid.NewGuid(), Title = "marker" };
        await notifications.PublishAsync(marker);
        await api.WaitForDeliveredAsync(endpointId, 2);

        var received = receiver.Received.ToArray();
        Assert.Equal(2, received.Length);
        Assert.Equal(2, (await api.DeliveriesAsync(endpointId)).Length);
        var first = received.Single(r => r.Body.Contains(problemId.ToString(), StringComparison.Ordinal));
        Assert.True(first.SignedWith(secret), $"signature {first.Signature} does not verify");
        Assert.Single(first.Signatures);
        Assert.StartsWith("msg_", first.Id);
        Assert.Equal("application/json", first.ContentType.Split(';')[0]);
        var sentAt = DateTimeOffset.FromUnixTimeSeconds(long.Parse(first.Timestamp, CultureInfo.InvariantCulture));
        Assert.InRange(sentAt, DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddMinutes(1));
        var body = JsonDocument.Parse(first.Body).RootElement;
        Assert.Equal("ProblemRaised", body.GetProperty("type").GetString());
        Assert.Equal(At, body.GetProperty("timestamp").GetDateTime().ToUniversalTime());
        Assert.Equal(problemId, body.GetProperty("data").GetProperty("problemId").GetGuid());
        Assert.Equal(1, body.GetProperty("data").GetProperty("recordVersion").GetInt64());
        Assert.Equal("跨省物流园区用地指标协调", body.GetProperty("data").GetProperty("title").GetString());
    }

    [SkippableFact]
    public async Task A_receiver_answering_500_gets_the_event_after_retries_with_the_same_webhook_id_and_the_log_shows_each_attempt()
    {
        await using var notifications = await NotificationsHost.StartAsync(await rabbitMq.CreateVirtualHostAsync(), WebhookApi.TestSettings);
        await WebhookApi.WaitUntilConsumingAsync(notifications);
        await using var receiver = await WebhookReceiver.StartAsync();
        receiver.Answer = n => n <= 2 ? 500 : 200;
        var api = new WebhookApi(notifications, DemoOrgans.Yulin);
        var (endpointId, secret) = await api.RegisterAsync(receiver.Url, "*");

        await notifications.PublishAsync(new ResourceOffered(
            Guid.NewGuid(), "冷链仓储", "Logistics", DemoOrgans.Yulin.Id, "450900", 1000m, "m2", new DateOnly(2026, 6, 1), new DateOnly(2026, 12, 31), null, 1, At));
        var delivery = (await api.WaitForDeliveredAsync(endpointId, 1)).Single();

        var received = receiver.Received.ToArray();
        Assert.Equal(3, received.Length);
        Assert.All(received, r => Assert.Equal(delivery.GetProperty("webhookId").GetString(), r.Id));
        Assert.All(received, r => Assert.True(r.SignedWith(secret)));
        Assert.Equal(3, delivery.GetProperty("attempts").GetInt32());
        var log = delivery.GetProperty("attemptLog").EnumerateArray().ToArray();
        Assert.Equal([500, 500, 200], log.Select(a => a.GetProperty("statusCode").GetInt32()));
        Assert.Equal("receiver is down for maintenance", log[0].GetProperty("responseExcerpt").GetString());
        Assert.All(log, a => Assert.True(a.GetProperty("latencyMs").GetInt64() >= 0));
        Assert.Equal("ok", log[2].GetProperty("responseExcerpt").GetString());
    }

    [SkippableFact]
    public async Task One_delivery_and_a_time_range_are_replayed_with_their_own_webhook_ids()
    {
        await using var notifications = await NotificationsHost.StartAsync(await rabbitMq.CreateVirtualHostAsync(), WebhookApi.TestSettings);
        await WebhookApi.WaitUntilConsumingAsync(notifications);
        await using var receiver = await WebhookReceiver.StartAsync();
        var api = new WebhookApi(notifications, DemoOrgans.Yulin);
        var (endpointId, secret) = await api.RegisterAsync(receiver.Url, nameof(TeamActivated));
        var from = DateTime.UtcNow.AddSeconds(-1);
        for (var i = 1; i <= 3; i++)
        {
            await notifications.PublishAsync(new TeamActivated(Guid.NewGuid(), "450900", new DateOnly(2026, 6, i), 1, At));
        }

        var delivered = await api.WaitForDeliveredAsync(endpointId, 3);
        await WebhookApi.WaitForAsync(receiver, 3);

        var one = delivered[1];
        var replayed = await (await api.Client.PostAsync($"/api/v1/webhooks/endpoints/{endpointId}/deliveries/{one.GetProperty("id").GetGuid()}/replay", null))
            .ReadAsAsync<JsonElement>(HttpStatusCode.OK);
        Assert.Equal("Pending", replayed.GetProperty("status").GetString());
        var afterOne = await WebhookApi.WaitForAsync(receiver, 4);
        Assert.Equal(one.GetProperty("webhookId").GetString(), afterOne[3].Id);
        Assert.True(afterOne[3].SignedWith(secret));

        var range = await (await api.Client.PostJsonAsync($"/api/v1/webhooks/endpoints/{endpointId}/replay", new { from, to = DateTime.UtcNow.AddSeconds(1) }))
            .ReadAsAsync<JsonElement>(HttpStatusCode.OK);
        Assert.Equal(3, range.GetProperty("replayed").GetInt32());
        var all = await WebhookApi.WaitForAsync(receiver, 7);
        Assert.Equal(
            delivered.Select(d => d.GetProperty("webhookId").GetString()).Order(),
            all.Skip(4).Select(r => r.Id).Order());

        var outside = await (await api.Client.PostJsonAsync($"/api/v1/webhooks/endpoints/{endpointId}/replay", new { from = from.AddDays(-2), to = from.AddDays(-1) }))
            .ReadAsAsync<JsonElement>(HttpStatusCode.OK);
        Assert.Equal(0, outside.GetProperty("replayed").GetInt32());
    }

    [SkippableFact]
    public async Task During_a_rotation_both_secrets_signatures_verify_and_after_it_only_the_new_ones()
    {
        await using var notifications = await NotificationsHost.StartAsync(await rabbitMq.CreateVirtualHostAsync(), WebhookApi.TestSettings);
        await WebhookApi.WaitUntilConsumingAsync(notifications);
        await using var receiver = await WebhookReceiver.StartAsync();
        var api = new WebhookApi(notifications, DemoOrgans.Yulin);
        var (endpointId, oldSecret) = await api.RegisterAsync(receiver.Url, nameof(TeamActivated));

        var rotated = await (await api.Client.PostJsonAsync($"/api/v1/webhooks/endpoints/{endpointId}/rotate-secret", new { overlap = "01:00:00" }))
            .ReadAsAsync<JsonElement>(HttpStatusCode.OK);
        var newSecret = rotated.GetProperty("secret").GetString()!;
        Assert.NotEqual(oldSecret, newSecret);
        Assert.Equal(oldSecret, rotated.GetProperty("previousSecret").GetString());
        await notifications.PublishAsync(new TeamActivated(Guid.NewGuid(), "450900", new DateOnly(2026, 6, 1), 1, At));
        var during = (await WebhookApi.WaitForAsync(receiver, 1))[0];
        Assert.Equal(2, during.Signatures.Count);
        Assert.True(during.SignedWith(newSecret));
        Assert.True(during.SignedWith(oldSecret));

        var ended = await (await api.Client.PostJsonAsync($"/api/v1/webhooks/endpoints/{endpointId}/rotate-secret", new { overlap = "00:00:00" }))
            .ReadAsAsync<JsonElement>(HttpStatusCode.OK);
        var newest = ended.GetProperty("secret").GetString()!;
        Assert.Equal(JsonValueKind.Null, ended.GetProperty("previousSecret").ValueKind);
        await notifications.PublishAsync(new TeamActivated(Guid.NewGuid(), "450900", new DateOnly(2026, 6, 2), 1, At));
        var after = (await WebhookApi.WaitForAsync(receiver, 2))[1];
        Assert.Single(after.Signatures);
        Assert.True(after.SignedWith(newest));
        Assert.False(after.SignedWith(newSecret));
        Assert.False(after.SignedWith(oldSecret));

        var tooLong = await api.Client.PostJsonAsync($"/api/v1/webhooks/endpoints/{endpointId}/rotate-secret", new { overlap = "8.00:00:00" });
        Assert.True((await tooLong.ReadProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("Overlap", out _));
    }
}
