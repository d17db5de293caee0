using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Corridor.Contracts.Events;
using Corridor.Contracts.Notifications.V1;
using Corridor.Testing;
using Corridor.TestKit;
using Grpc.Core;
using Grpc.Net.Client;

namespace Corridor.Notifications.Tests.Integration;

/// <summary>The running service: an event reaches the mailbox of the people who must act, as their preferences say.</summary>
[Collection(SharedRabbitMq.CollectionName)]
public sealed class MailOverBrokerTests(SharedRabbitMq rabbitMq)
{
    private static readonly DateTime At = new(2026, 6, 1, 2, 0, 0, DateTimeKind.Utc);

    [SkippableFact]
    public async Task An_urged_problem_lands_in_the_responsible_organs_mailbox_except_for_whoever_turned_urgings_off()
    {
        await using var sink = SmtpSink.Start();
        await using var notifications = await NotificationsHost.StartAsync(await rabbitMq.CreateVirtualHostAsync(), Settings(sink));
        var responsible = TestPerson.Staff(DemoOrgans.YulinBureau) with { Email = "responsible@yulin.example" };
        var quiet = TestPerson.Staff(DemoOrgans.YulinBureau) with { Email = "quiet@yulin.example" };
        await notifications.AnnounceAsync(responsible, quiet);
        using (var client = notifications.Host.CreateRestClient(quiet.Token()))
        {
            var put = await client.PutAsJsonAsync(
                "/api/v1/notifications/preferences", new { @default = "immediate", kinds = new[] { new { kind = "problem.urged", mode = "off" } } });
            var saved = await put.ReadAsAsync<JsonElement>(HttpStatusCode.OK);
            Assert.Equal("off", saved.GetProperty("kinds")[0].GetProperty("mode").GetString());
        }

        var problemId = Guid.NewGuid();
        await notifications.PublishAsync(new ProblemRaised(
            problemId, "441200", "450900", DemoOrgans.Zhaoqing.Id, "跨省物流园区用地指标协调", "Land", "High", null, 1, At));
        await notifications.PublishAsync(new ProblemAccepted(
            problemId, "441200", "450900", DemoOrgans.YulinBureau.Id, "450900", [], new DateOnly(2026, 7, 1), 2, At));
        await sink.WaitForAsync(m => m.Subject.Contains("问题交办", StringComparison.Ordinal), 2, NotificationsHost.Timeout);

        var clock = Stopwatch.StartNew();
        await notifications.PublishAsync(new ProblemUrged(problemId, "441200", "450900", DemoOrgans.Zhaoqing.Id, "441200", 3, At));
        var urged = Assert.Single(await sink.WaitForAsync(m => m.Subject.Contains("催办", StringComparison.Ordinal), 1, NotificationsHost.Timeout));
        var elapsed = clock.Elapsed;

        Assert.Equal(["responsible@yulin.example"], urged.To);
        Assert.Equal("【西部陆海新通道】催办：跨省物流园区用地指标协调", urged.Subject);
        Assert.Contains("玉林市商务局", urged.TextBody, StringComparison.Ordinal);
        Assert.Contains($"https://console.corridor.example/problems/{problemId}", urged.HtmlBody, StringComparison.Ordinal);
        Assert.True(elapsed < TimeSpan.FromSeconds(2), $"the urging took {elapsed.TotalMilliseconds:F0} ms to reach the mailbox");
        // The quiet person still has it in the inbox.
        Assert.Equal(2, (await notifications.WaitForInboxAsync(quiet, 2)).Length);
        Assert.Equal(3, sink.Received.Count);
    }

    [SkippableFact]
    public async Task Preferences_set_over_gRPC_read_back_over_REST_and_a_bad_mode_is_invalid()
    {
        await using var notifications = await NotificationsHost.StartAsync(await rabbitMq.CreateVirtualHostAsync(), Settings(sink: null));
        var coordinator = TestPerson.Coordinator(DemoOrgans.Qinzhou);
        await notifications.AnnounceAsync(coordinator);
        using var channel = GrpcChannel.ForAddress(notifications.Host.GrpcAddress);
        var client = new Contracts.Notifications.V1.Notifications.NotificationsClient(channel);
        var auth = new Metadata { { "Authorization", $"Bearer {coordinator.Token()}" } };

        var request = new SetPreferencesRequest { Default = "dailyDigest" };
        request.Kinds.Add(new KindMailPreference { Kind = "problem.escalated", Mode = "immediate" });
        var set = await client.SetPreferencesAsync(request, auth);
        Assert.Equal(("dailyDigest", "problem.escalated", "immediate"), (set.Default, set.Kinds[0].Kind, set.Kinds[0].Mode));

        using var rest = notifications.Host.CreateRestClient(coordinator.Token());
        var read = await (await rest.GetAsync("/api/v1/notifications/preferences")).ReadAsAsync<JsonElement>(HttpStatusCode.OK);
        Assert.Equal("dailyDigest", read.GetProperty("default").GetString());
        Assert.Equal("problem.escalated", read.GetProperty("kinds")[0].GetProperty("kind").GetString());

        var bad = await Assert.ThrowsAsync<RpcException>(async () =>
            await client.SetPreferencesAsync(new SetPreferencesRequest { Default = "weekly" }, auth));
        Assert.Equal(StatusCode.InvalidArgument, bad.StatusCode);
        var badRest = await rest.PutAsJsonAsync("/api/v1/notifications/preferences", new { kinds = new[] { new { kind = "problem.nope", mode = "off" } } });
        Assert.Equal(HttpStatusCode.BadRequest, badRest.StatusCode);
    }

    private static Dictionary<string, string?> Settings(SmtpSink? sink) => new()
    {
        ["Notifications:Smtp:Host"] = "127.0.0.1",
        // Without a sink: a port nothing listens on, and mail switched off.
        ["Notifications:Smtp:Port"] = (sink?.Port ?? FreePorts.Next()).ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Notifications:Mail:Enabled"] = sink is null ? "false" : "true",
        ["Notifications:Mail:PollInterval"] = "00:00:00.200",
        ["Notifications:ConsoleBaseUrl"] = "https://console.corridor.example",
    };
}
