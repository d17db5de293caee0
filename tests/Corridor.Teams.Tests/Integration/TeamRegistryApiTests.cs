using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Corridor.Contracts.Events;
using Corridor.Teams.Infrastructure;
using Corridor.Testing;
using Corridor.TestKit;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Teams.Tests.Integration;

/// <summary>A team's life over REST on SQLite, every change audited and published on the real broker.</summary>
[Collection(SharedRabbitMq.CollectionName)]
public sealed class TeamRegistryApiTests(SharedRabbitMq rabbitMq)
{
    private static readonly TimeSpan EventTimeout = TimeSpan.FromSeconds(30);

    [SkippableFact]
    public async Task A_branch_is_registered_activated_staffed_and_stood_down_with_every_change_audited_and_published()
    {
        var vhost = await rabbitMq.CreateVirtualHostAsync();
        await using var registered = await EventProbe.ListenAsync<TeamRegistered>(vhost);
        await using var activated = await EventProbe.ListenAsync<TeamActivated>(vhost);
        await using var joined = await EventProbe.ListenAsync<MemberJoined>(vhost);
        await using var left = await EventProbe.ListenAsync<MemberLeft>(vhost);
        await using var stoodDown = await EventProbe.ListenAsync<TeamStoodDown>(vhost);
        await using var teams = await TeamsHost.StartAsync(vhost);
        using var owner = teams.CreateRestClient(TestTokens.Member(DemoOrgans.Qinzhou));
        var today = DateOnly.FromDateTime(DateTime.UtcNow);

        var missingBranchDetails = await (await owner.PostJsonAsync(TeamsHost.Path, new { kind = "TemporaryPartyBranch", name = "减税办临时党支部", mission = "减税降费", formedOn = "2026-03-01" }))
            .ReadProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("team.branch-details", missingBranchDetails.GetProperty("code").GetString());

        using var created = await owner.PostJsonAsync(TeamsHost.Path, new
        {
            kind = "TemporaryPartyBranch",
            name = "钦州市减税办临时党支部",
            mission = "把支部建在减税降费工作专班上",
            formedOn = "2026-03-01",
            parentPartyOrganisation = "钦州市税务局机关党委",
            dissolveBy = today.AddYears(1).ToString("yyyy-MM-dd"),
        });
        var team = await created.ReadAsAsync<JsonElement>(HttpStatusCode.Created);
        var teamId = team.GetProperty("id").GetGuid();
        Assert.Equal(("Forming", "临时党支部", "钦州市税务局机关党委"), (team.GetProperty("status").GetString(), team.GetProperty("kindName").GetString(), team.GetProperty("parentPartyOrganisation").GetString()));
        var path = $"{TeamsHost.Path}/{teamId}";

        using (var stale = new HttpRequestMessage(HttpMethod.Post, path + "/activate") { Content = JsonContent.Create(new { effectiveOn = "2026-03-10" }) })
        {
            stale.Headers.IfMatch.Add(new EntityTagHeaderValue("\"v7\""));
            await (await owner.SendAsync(stale)).ReadProblemAsync(HttpStatusCode.PreconditionFailed);
        }

        using (var activate = new HttpRequestMessage(HttpMethod.Post, path + "/activate") { Content = JsonContent.Create(new { effectiveOn = "2026-03-10", note = "支部委员会选举产生" }) })
        {
            activate.Headers.IfMatch.Add(new EntityTagHeaderValue("\"v1\""));
            var active = await (await owner.SendAsync(activate)).ReadAsAsync<JsonElement>(HttpStatusCode.OK);
            Assert.Equal(("Active", "2026-03-10"), (active.GetProperty("status").GetString(), active.GetProperty("activatedOn").GetString()));
        }

        var leader = await (await owner.PostJsonAsync(path + "/members", new { personName = "黄书记", organId = DemoOrgans.Qinzhou.Id, role = "Leader", partyMember = true, phone = "138-0777-1234", joinedOn = "2026-03-10" }))
            .ReadAsAsync<JsonElement>(HttpStatusCode.Created);
        var second = await (await owner.PostJsonAsync(path + "/members", new { personName = "陆书记", organId = DemoOrgans.Qinzhou.Id, role = "Leader", partyMember = true, joinedOn = "2026-04-01" }))
            .ReadProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("member.leader-overlap", second.GetProperty("code").GetString());
        var idNumber = await (await owner.PostJsonAsync(path + "/members", new { personName = "甲", organId = DemoOrgans.Qinzhou.Id, role = "Member", partyMember = true, phone = "450702199001011234", joinedOn = "2026-03-10" }))
            .ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(idNumber.GetProperty("errors").TryGetProperty("Phone", out _), idNumber.ToString());
        var member = await (await owner.PostJsonAsync(path + "/members", new { personName = "覃干事", organId = DemoOrgans.Qinzhou.Id, role = "Member", partyMember = false, joinedOn = "2026-03-12" }))
            .ReadAsAsync<JsonElement>(HttpStatusCode.Created);
        await (await owner.PostJsonAsync($"{path}/members/{member.GetProperty("id").GetGuid()}/leave", new { leftOn = "2026-04-01", reason = "调回原单位" }))
            .ReadAsAsync<JsonElement>(HttpStatusCode.OK);

        using var zhanjiang = teams.CreateRestClient(TestTokens.Member(DemoOrgans.Zhanjiang));
        var other = await (await zhanjiang.PostJsonAsync(path + "/stand-down", new { reason = "不是我的" }))
            .ReadProblemAsync(HttpStatusCode.Forbidden);
        Assert.Equal("team.other-region", other.GetProperty("code").GetString());

        var current = await TeamsHost.GetAsync(teams, teamId);
        Assert.Equal("黄书记", current.GetProperty("leader").GetProperty("personName").GetString());
        Assert.Equal((1, true), (current.GetProperty("readiness").GetProperty("membersAvailable").GetInt32(), current.GetProperty("readiness").GetProperty("ready").GetBoolean()));

        var down = await (await owner.PostJsonAsync(path + "/stand-down", new { reason = "减税降费专班任务完成" })).ReadAsAsync<JsonElement>(HttpStatusCode.OK);
        Assert.Equal(("StoodDown", "减税降费专班任务完成"), (down.GetProperty("status").GetString(), down.GetProperty("standDownReason").GetString()));

        var history = await (await owner.GetAsync(path + "/history")).ReadAsAsync<JsonElement>(HttpStatusCode.OK);
        Assert.Equal(
            ["register", "activate", "member-join", "member-join", "member-leave", "stand-down"],
            history.EnumerateArray().Select(h => h.GetProperty("action").GetString()!).ToArray());
        var activation = history[1];
        Assert.Equal(("2026-03-10", "支部委员会选举产生", DemoOrgans.Qinzhou.Id), (activation.GetProperty("effectiveOn").GetString(), activation.GetProperty("note").GetString(), activation.GetProperty("byOrganId").GetString()));
        Assert.Contains("member", history[0].GetProperty("by").GetString(), StringComparison.Ordinal);

        await registered.WaitForAsync(m => m.GetProperty("teamId").GetGuid() == teamId && m.GetProperty("dissolveBy").GetString() == today.AddYears(1).ToString("yyyy-MM-dd"), EventTimeout, "TeamRegistered");
        await activated.WaitForAsync(m => m.GetProperty("teamId").GetGuid() == teamId && m.GetProperty("effectiveOn").GetString() == "2026-03-10", EventTimeout, "TeamActivated");
        var leaderJoined = await joined.WaitForAsync(m => m.GetProperty("memberId").GetGuid() == leader.GetProperty("id").GetGuid(), EventTimeout, "MemberJoined");
        // The whole number, in the form it was given: a three-digit prefix can occur inside generated ids.
        Assert.DoesNotContain("138-0777-1234", leaderJoined.Message.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("07771234", leaderJoined.Message.ToString().Replace("-", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.DoesNotContain("黄书记", leaderJoined.Message.ToString(), StringComparison.Ordinal);
        await left.WaitForAsync(m => m.GetProperty("memberId").GetGuid() == member.GetProperty("id").GetGuid() && m.GetProperty("leftOn").GetString() == "2026-04-01", EventTimeout, "MemberLeft");
        var down2 = await stoodDown.WaitForAsync(m => m.GetProperty("teamId").GetGuid() == teamId, EventTimeout, "TeamStoodDown");
        Assert.Equal(6, down2.Message.GetProperty("aggregateVersion").GetInt64());
        Assert.Equal(6, await teams.QueryAsync<TeamsDbContext, int>(db => db.OutboxMessages.CountAsync()));
    }

    [SkippableFact]
    public async Task A_registration_retried_with_the_same_Idempotency_Key_answers_the_first_team_again()
    {
        await using var teams = await TeamsHost.StartAsync(await rabbitMq.CreateVirtualHostAsync());
        using var owner = teams.CreateRestClient(TestTokens.Member(DemoOrgans.Qinzhou));
        owner.DefaultRequestHeaders.Add("Idempotency-Key", "qinzhou-youth-2026-001");
        var body = new { kind = "YouthCommando", name = "钦州港青年突击队", mission = "码头建设一线服务", formedOn = "2026-03-01" };

        using var first = await owner.PostJsonAsync(TeamsHost.Path, body);
        var created = await first.ReadAsAsync<JsonElement>(HttpStatusCode.Created);
        using var again = await owner.PostJsonAsync(TeamsHost.Path, body);
        var replayed = await again.ReadAsAsync<JsonElement>(HttpStatusCode.Created);
        var reused = await (await owner.PostJsonAsync(TeamsHost.Path, body with { name = "另一支队伍" })).ReadProblemAsync((HttpStatusCode)422);

        Assert.Equal(created.GetProperty("id").GetGuid(), replayed.GetProperty("id").GetGuid());
        Assert.Equal($"{TeamsHost.Path}/{created.GetProperty("id").GetGuid()}", first.Headers.Location?.OriginalString);
        Assert.Equal("true", again.Headers.GetValues("Idempotency-Replayed").Single());
        Assert.Equal("idempotency.key-reused", reused.GetProperty("code").GetString());
        Assert.Equal(1, await teams.QueryAsync<TeamsDbContext, int>(db => db.Teams.CountAsync()));
    }

    [SkippableFact]
    public async Task Phone_numbers_are_masked_for_a_coordinator_of_another_region_and_the_roster_is_hidden_from_its_members()
    {
        await using var teams = await TeamsHost.StartAsync(await rabbitMq.CreateVirtualHostAsync());
        var teamId = await TeamsHost.RegisterAsync(teams, DemoOrgans.Qinzhou);
        using var owner = teams.CreateRestClient(TestTokens.Member(DemoOrgans.Qinzhou));
        var path = $"{TeamsHost.Path}/{teamId}/members";
        await (await owner.PostJsonAsync(path, new { personName = "黄队长", organId = DemoOrgans.Qinzhou.Id, role = "Leader", partyMember = true, phone = "13807771234", joinedOn = "2026-03-01" }))
            .ReadAsAsync<JsonElement>(HttpStatusCode.Created);

        var own = Assert.Single((await (await owner.GetAsync(path)).ReadAsAsync<JsonElement>(HttpStatusCode.OK)).EnumerateArray());
        using var coordinator = teams.CreateRestClient(TestTokens.Coordinator(DemoOrgans.Zhanjiang));
        using var zhanjiang = teams.CreateRestClient(TestTokens.Member(DemoOrgans.Zhanjiang));
        var seenElsewhere = Assert.Single((await (await coordinator.GetAsync(path)).ReadAsAsync<JsonElement>(HttpStatusCode.OK)).EnumerateArray());
        var hidden = await (await zhanjiang.GetAsync(path)).ReadProblemAsync(HttpStatusCode.Forbidden);

        Assert.Equal(("13807771234", true, DemoOrgans.Qinzhou.Id), (own.GetProperty("phone").GetString(), own.GetProperty("detailsVisible").GetBoolean(), own.GetProperty("organId").GetString()));
        Assert.Equal(("黄队长", "Leader", "138****1234", false), (seenElsewhere.GetProperty("personName").GetString(), seenElsewhere.GetProperty("role").GetString(), seenElsewhere.GetProperty("phone").GetString(), seenElsewhere.GetProperty("detailsVisible").GetBoolean()));
        Assert.Equal(JsonValueKind.Null, seenElsewhere.GetProperty("organId").ValueKind);
        Assert.Equal(JsonValueKind.Null, seenElsewhere.GetProperty("joinedOn").ValueKind);
        Assert.DoesNotContain("13807771234", seenElsewhere.ToString(), StringComparison.Ordinal);
        Assert.Equal("team.roster-not-visible", hidden.GetProperty("code").GetString());
    }
}
