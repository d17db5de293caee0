using System.Net;
using System.Text.Json;
using Corridor.Teams.Infrastructure;
using Corridor.Teams.Projects;
using Corridor.Teams.Teams;
using Corridor.Teams.Teams.Members;
using Corridor.Testing;
using Corridor.TestKit;

namespace Corridor.Teams.Tests.Integration;

/// <summary>Statistics for a past day, computed on SQLite, do not move when later changes are recorded.</summary>
[Collection(SharedRabbitMq.CollectionName)]
public sealed class StatisticsApiTests(SharedRabbitMq rabbitMq)
{
    private static readonly DateOnly PastDay = new(2026, 3, 1);

    // Recorded in the past through the domain, as the service would have recorded it then.
    private static readonly DateTime RecordedThen = new(2026, 2, 1, 8, 0, 0, DateTimeKind.Utc);

    [SkippableFact]
    public async Task Figures_for_a_past_day_are_unchanged_by_later_and_back_dated_changes()
    {
        await using var host = await TeamsHost.StartAsync(await rabbitMq.CreateVirtualHostAsync());
        var qinzhou = TestTeams.Caller(DemoOrgans.Qinzhou);
        var yulin = TestTeams.Caller(DemoOrgans.Yulin);
        var canal = Guid.NewGuid();

        var commando = Team.Register(qinzhou, TeamKind.PartyMemberCommando, "平陆运河马道枢纽党员突击队", "船闸攻坚", new DateOnly(2026, 1, 10), null, null, RecordedThen);
        commando.AddMember(qinzhou, "黄队长", DemoOrgans.Qinzhou.Id, MemberRole.Leader, true, "13807771234", new DateOnly(2026, 1, 10), RecordedThen);
        var leaving = commando.AddMember(qinzhou, "覃队员", DemoOrgans.Qinzhou.Id, MemberRole.Member, false, null, new DateOnly(2026, 1, 20), RecordedThen);
        commando.Deploy(qinzhou, canal, new DateOnly(2026, 1, 15), null, "混凝土浇筑攻坚", RecordedThen);
        var youth = Team.Register(yulin, TeamKind.YouthCommando, "玉林市直机关青年突击队", "产业协作", new DateOnly(2026, 1, 5), null, null, RecordedThen);
        youth.AddMember(yulin, "陈队长", DemoOrgans.Yulin.Id, MemberRole.Leader, true, null, new DateOnly(2026, 1, 5), RecordedThen);
        youth.Activate(yulin, new DateOnly(2026, 1, 6), null, RecordedThen);
        var forming = Team.Register(yulin, TeamKind.YouthCommando, "玉林青年突击二队", "筹建中", new DateOnly(2026, 1, 25), null, null, RecordedThen);
        await host.QueryAsync<TeamsDbContext, int>(db =>
        {
            db.Teams.AddRange(commando, youth, forming);
            db.ApprovedProjects.Add(new ApprovedProject(canal, "平陆运河建设机关党建联建项目", "450700", 1, 4, RecordedThen));
            return db.SaveChangesAsync();
        });

        using var coordinator = host.CreateRestClient(TestTokens.Coordinator(DemoOrgans.Zhanjiang));
        var before = await StatisticsAsync(coordinator, PastDay);

        Assert.Equal((3, 3, 1), (before.GetProperty("teams").GetInt32(), before.GetProperty("members").GetInt32(), before.GetProperty("activeDeployments").GetInt32()));
        Assert.Equal(
            ["PartyMemberCommando 450700 Active 1", "YouthCommando 450900 Active 1", "YouthCommando 450900 Forming 1"],
            before.GetProperty("teamsByKindRegionStatus").EnumerateArray()
                .Select(c => $"{c.GetProperty("kind").GetString()} {c.GetProperty("regionCode").GetString()} {c.GetProperty("status").GetString()} {c.GetProperty("teams").GetInt32()}").ToArray());
        var perProject = Assert.Single(before.GetProperty("activeDeploymentsPerProject").EnumerateArray());
        Assert.Equal((canal, "平陆运河建设机关党建联建项目", 1), (perProject.GetProperty("projectId").GetGuid(), perProject.GetProperty("title").GetString(), perProject.GetProperty("teams").GetInt32()));
        Assert.Contains("As recorded by the end of the day", before.GetProperty("rule").GetString(), StringComparison.Ordinal);

        // Later changes, some of them dated back before the past day: none of them was on record then.
        using var qinzhouClient = host.CreateRestClient(TestTokens.Member(DemoOrgans.Qinzhou));
        using var yulinClient = host.CreateRestClient(TestTokens.Member(DemoOrgans.Yulin));
        await (await qinzhouClient.PostJsonAsync($"{TeamsHost.Path}/{commando.Id}/members/{leaving.Id}/leave", new { leftOn = "2026-02-15", reason = "调岗" })).ReadAsAsync<JsonElement>(HttpStatusCode.OK);
        await (await qinzhouClient.PostJsonAsync($"{TeamsHost.Path}/{commando.Id}/members", new { personName = "韦队员", organId = DemoOrgans.Qinzhou.Id, role = "Member", partyMember = true, joinedOn = "2026-02-10" })).ReadAsAsync<JsonElement>(HttpStatusCode.Created);
        await (await qinzhouClient.PostJsonAsync($"{TeamsHost.Path}/{commando.Id}/stand-down", new { reason = "枢纽主体完工" })).ReadAsAsync<JsonElement>(HttpStatusCode.OK);
        await (await yulinClient.PostJsonAsync($"{TeamsHost.Path}/{forming.Id}/activate", new { effectiveOn = "2026-02-20" })).ReadAsAsync<JsonElement>(HttpStatusCode.OK);
        await (await yulinClient.PostJsonAsync(TeamsHost.Path, new { kind = "VanguardSquad", name = "玉林先锋攻坚小组", mission = "补登的队伍", formedOn = "2026-01-02" })).ReadAsAsync<JsonElement>(HttpStatusCode.Created);

        var after = await StatisticsAsync(coordinator, PastDay);
        Assert.Equal(before.ToString(), after.ToString());

        var today = await StatisticsAsync(coordinator, DateOnly.FromDateTime(DateTime.UtcNow));
        // The stand-down's day is the last day of the deployment it ended.
        Assert.Equal((4, 3, 1), (today.GetProperty("teams").GetInt32(), today.GetProperty("members").GetInt32(), today.GetProperty("activeDeployments").GetInt32()));
        Assert.Contains(today.GetProperty("teamsByKindRegionStatus").EnumerateArray(), c => c.GetProperty("status").GetString() == "StoodDown");

        var future = await (await coordinator.GetAsync($"{TeamsHost.Path}/statistics?on={DateTime.UtcNow.AddDays(2):yyyy-MM-dd}")).ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(future.GetProperty("errors").TryGetProperty("on", out _), future.ToString());
    }

    private static async Task<JsonElement> StatisticsAsync(HttpClient client, DateOnly on) =>
        await (await client.GetAsync($"{TeamsHost.Path}/statistics?on={on:yyyy-MM-dd}")).ReadAsAsync<JsonElement>(HttpStatusCode.OK);
}
