using System.Diagnostics;
using System.Net;
using System.Text.Json;
using Corridor.Contracts.Events;
using Corridor.Notifications.Infrastructure;
using Corridor.Testing;
using Corridor.TestKit;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Notifications.Tests.Integration;

/// <summary>Events published on the broker reach the inboxes of the people who must act, and nobody else's.</summary>
[Collection(SharedRabbitMq.CollectionName)]
public sealed class WhoMustActTests(SharedRabbitMq rabbitMq)
{
    private static readonly DateTime At = new(2026, 6, 1, 2, 0, 0, DateTimeKind.Utc);

    [SkippableFact]
    public async Task An_urged_problem_reaches_its_responsible_organs_people_within_a_second_and_nobody_else()
    {
        await using var notifications = await NotificationsHost.StartAsync(await rabbitMq.CreateVirtualHostAsync());
        var responsible = TestPerson.Staff(DemoOrgans.YulinBureau);
        var colleague = TestPerson.Staff(DemoOrgans.YulinBureau);
        var raiser = TestPerson.Staff(DemoOrgans.Zhaoqing);
        var otherOrgan = TestPerson.Staff(DemoOrgans.Yulin);
        await notifications.AnnounceAsync(responsible, colleague, raiser, otherOrgan);
        var problemId = Guid.NewGuid();
        await notifications.PublishAsync(new ProblemRaised(
            problemId, "441200", "450900", DemoOrgans.Zhaoqing.Id, "跨省物流园区用地指标协调", "Land", "High", null, 1, At));
        await notifications.PublishAsync(new ProblemAccepted(
            problemId, "441200", "450900", DemoOrgans.YulinBureau.Id, "450900", [], new DateOnly(2026, 7, 1), 2, At));
        await notifications.WaitForInboxAsync(responsible, 1);

        var clock = Stopwatch.StartNew();
        await notifications.PublishAsync(new ProblemUrged(problemId, "441200", "450900", DemoOrgans.Zhaoqing.Id, "441200", 3, At));
        var inbox = await notifications.WaitForInboxAsync(responsible, 2);
        var elapsed = clock.Elapsed;

        var urged = inbox[0];
        Assert.Equal("problem.urged", urged.GetProperty("kind").GetString());
        Assert.Equal("yellow", urged.GetProperty("severity").GetString());
        Assert.Equal("催办：跨省物流园区用地指标协调", urged.GetProperty("subject").GetString());
        Assert.Contains("肇庆市直属机关工作委员会", urged.GetProperty("body").GetString());
        Assert.Contains("玉林市商务局", urged.GetProperty("body").GetString());
        Assert.Contains("2026-07-01", urged.GetProperty("body").GetString());
        Assert.Equal($"/problems/{problemId}", urged.GetProperty("record").GetProperty("link").GetString());
        Assert.False(urged.GetProperty("read").GetBoolean());
        Assert.True(elapsed < TimeSpan.FromSeconds(1), $"the urging took {elapsed.TotalMilliseconds:F0} ms to reach the inbox");

        Assert.Equal(2, (await notifications.WaitForInboxAsync(colleague, 2)).Length);
        var english = (await notifications.InboxAsync(responsible, "?lang=en")).GetProperty("items")[0];
        Assert.Equal("Urged: 跨省物流园区用地指标协调", english.GetProperty("subject").GetString());

        // The raiser was told nothing yet (the handling region's coordinators get the raising; there are none here).
        Assert.Empty((await notifications.InboxAsync(raiser)).GetProperty("items").EnumerateArray());
        Assert.Empty((await notifications.InboxAsync(otherOrgan)).GetProperty("items").EnumerateArray());
    }

    [SkippableFact]
    public async Task A_submitted_project_lands_with_each_required_regions_coordinators_once_even_when_delivered_twice()
    {
        await using var notifications = await NotificationsHost.StartAsync(await rabbitMq.CreateVirtualHostAsync());
        var yulin = TestPerson.Coordinator(DemoOrgans.Yulin);
        var zhaoqing = TestPerson.Coordinator(DemoOrgans.Zhaoqing);
        var hezhou = TestPerson.Coordinator(DemoOrgans.Hezhou);
        var yulinStaff = TestPerson.Staff(DemoOrgans.Yulin);
        await notifications.AnnounceAsync(yulin, zhaoqing, hezhou, yulinStaff);
        var submitted = new ProjectSubmitted(
            Guid.NewGuid(), "玉林—肇庆 党建联建产业合作项目", "450900", 1, 1, ["450900", "441200"], new DateTime(2026, 6, 10, 16, 0, 0, DateTimeKind.Utc), 4, At);

        var messageId = Guid.NewGuid();
        await notifications.PublishAsync(submitted, messageId);
        await notifications.PublishAsync(submitted, messageId);
        await notifications.PublishAsync(submitted);

        var yulinInbox = await notifications.WaitForInboxAsync(yulin, 1);
        var zhaoqingInbox = await notifications.WaitForInboxAsync(zhaoqing, 1);
        Assert.Equal("联建项目待审核：玉林—肇庆 党建联建产业合作项目", zhaoqingInbox[0].GetProperty("subject").GetString());
        Assert.Contains("2026-06-11", zhaoqingInbox[0].GetProperty("body").GetString());
        await Eventually.TrueAsync(
            () => notifications.Host.QueryAsync<NotificationsDbContext, bool>(async db =>
                await db.InboxRecords.CountAsync(r => r.Consumer == typeof(Projects.ProjectSubmittedConsumer).FullName) == 2),
            NotificationsHost.Timeout,
            "both distinct messages were consumed");
        Assert.Single((await notifications.InboxAsync(yulin)).GetProperty("items").EnumerateArray());
        Assert.Single((await notifications.InboxAsync(zhaoqing)).GetProperty("items").EnumerateArray());
        Assert.Empty((await notifications.InboxAsync(hezhou)).GetProperty("items").EnumerateArray());
        Assert.Empty((await notifications.InboxAsync(yulinStaff)).GetProperty("items").EnumerateArray());
    }

    [SkippableFact]
    public async Task A_locked_person_is_told_nothing_and_an_escalation_reaches_coordinators_and_the_secretariat()
    {
        await using var notifications = await NotificationsHost.StartAsync(await rabbitMq.CreateVirtualHostAsync());
        var coordinator = TestPerson.Coordinator(DemoOrgans.Yulin);
        var locked = TestPerson.Coordinator(DemoOrgans.Yulin);
        var secretariat = TestPerson.Secretariat();
        await notifications.AnnounceAsync(coordinator, locked, secretariat);
        await notifications.PublishAsync(locked.Changed(version: 2, active: false));
        await Eventually.TrueAsync(
            () => notifications.Host.QueryAsync<NotificationsDbContext, bool>(db => db.People.AnyAsync(p => p.PersonId == locked.Id && !p.Active)),
            NotificationsHost.Timeout,
            "the lock was not applied");

        await notifications.PublishAsync(new ProblemEscalated(Guid.NewGuid(), "441200", "450900", null, new DateOnly(2026, 5, 1), 14, 7, At));

        var escalated = (await notifications.WaitForInboxAsync(coordinator, 1))[0];
        Assert.Equal("red", escalated.GetProperty("severity").GetString());
        Assert.Single(await notifications.WaitForInboxAsync(secretariat, 1));
        Assert.Empty((await notifications.InboxAsync(locked)).GetProperty("items").EnumerateArray());
    }

    [SkippableFact]
    public async Task The_inbox_pages_counts_marks_read_and_refuses_what_it_did_not_hand_out()
    {
        await using var notifications = await NotificationsHost.StartAsync(await rabbitMq.CreateVirtualHostAsync());
        var coordinator = TestPerson.Coordinator(DemoOrgans.Hezhou);
        var other = TestPerson.Coordinator(DemoOrgans.Zhanjiang);
        await notifications.AnnounceAsync(coordinator, other);
        for (var i = 1; i <= 5; i++)
        {
            await notifications.PublishAsync(new ProblemRaised(Guid.NewGuid(), "440800", "451100", DemoOrgans.Zhanjiang.Id, $"问题{i}", "Policy", "Normal", null, 1, At));
        }

        await notifications.WaitForInboxAsync(coordinator, 5);
        var first = await notifications.InboxAsync(coordinator, "?limit=2");
        Assert.Equal(["问题5", "问题4"], first.GetProperty("items").EnumerateArray().Select(Title).ToArray());
        var second = await notifications.InboxAsync(coordinator, $"?limit=2&cursor={first.GetProperty("nextCursor").GetString()}");
        Assert.Equal(["问题3", "问题2"], second.GetProperty("items").EnumerateArray().Select(Title).ToArray());

        using var client = notifications.Host.CreateRestClient(coordinator.Token());
        var id = first.GetProperty("items")[0].GetProperty("id").GetGuid();
        var read = await (await client.PostAsync($"/api/v1/notifications/{id}/read", null)).ReadAsAsync<JsonElement>(HttpStatusCode.OK);
        Assert.True(read.GetProperty("read").GetBoolean());
        var count = await (await client.GetAsync("/api/v1/notifications/unread-count")).ReadAsAsync<JsonElement>(HttpStatusCode.OK);
        Assert.Equal(4, count.GetProperty("unread").GetInt32());
        Assert.Equal(4, (await notifications.InboxAsync(coordinator, "?unread=true")).GetProperty("items").GetArrayLength());

        using var stranger = notifications.Host.CreateRestClient(other.Token());
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.PostAsync($"/api/v1/notifications/{id}/read", null)).StatusCode);
        var badCursor = await client.GetAsync("/api/v1/notifications?cursor=not-a-cursor");
        Assert.Equal(HttpStatusCode.BadRequest, badCursor.StatusCode);
        Assert.Equal("application/problem+json", badCursor.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync("/api/v1/notifications?limit=101")).StatusCode);

        var marked = await (await client.PostJsonAsync("/api/v1/notifications/read-all", new { })).ReadAsAsync<JsonElement>(HttpStatusCode.OK);
        Assert.Equal(4, marked.GetProperty("marked").GetInt32());
        using var syncClient = notifications.Host.CreateRestClient(TestTokens.For(DemoOrgans.Hezhou, "sync-client", "member"));
        Assert.Equal(HttpStatusCode.Forbidden, (await syncClient.GetAsync("/api/v1/notifications")).StatusCode);
    }

    private static string Title(JsonElement item) => item.GetProperty("subject").GetString()!.Split('：')[1];
}
