using System.Net;
using System.Text;
using System.Text.Json;
using Corridor.Contracts.Events;
using Corridor.Teams.Infrastructure;
using Corridor.Testing;
using Corridor.TestKit;
using Microsoft.EntityFrameworkCore;

namespace Corridor.SystemTests;

/// <summary>
/// A three-region joint project reviewed from draft to approval with one send-back, the three services as
/// separate hosts: every review event on the real broker, Teams' read model receiving the approved
/// revision, and the team Teams deploys listed back on the project in Lists.
/// </summary>
[Collection(SharedRabbitMq.CollectionName)]
public sealed class ProjectReviewTests(SharedRabbitMq rabbitMq)
{
    private static readonly TimeSpan EventTimeout = TimeSpan.FromSeconds(30);

    [SkippableFact]
    public async Task A_three_region_project_is_sent_back_revised_approved_by_every_party_and_Teams_sees_it()
    {
        var broker = await rabbitMq.GetBrokerAsync();
        var vhost = await broker.CreateVirtualHostAsync();
        await using var submittedEvents = await EventProbe.ListenAsync<ProjectSubmitted>(vhost);
        await using var sentBackEvents = await EventProbe.ListenAsync<ProjectChangesRequested>(vhost);
        await using var recordedEvents = await EventProbe.ListenAsync<ProjectApprovalRecorded>(vhost);
        await using var approvedEvents = await EventProbe.ListenAsync<ProjectApproved>(vhost);
        await using var system = await CorridorSystem.StartAsync(vhost);
        var partners = new[] { DemoOrgans.Zhaoqing, DemoOrgans.Zhanjiang };

        using var yulin = system.Lists.CreateRestClient(TestTokens.Member(DemoOrgans.Yulin));
        var draft = await (await yulin.PostJsonAsync("/api/v1/projects", Content("湛江港货物经玉林中转", partners))).ReadAsAsync<JsonElement>(HttpStatusCode.Created);
        var id = draft.GetProperty("id").GetGuid();
        var path = $"/api/v1/projects/{id}";
        await (await yulin.PostAsync($"{path}/submit", null)).ReadAsAsync<JsonElement>(HttpStatusCode.OK);

        await Scenario.ApproveAsync(system, id, TestTokens.Coordinator(DemoOrgans.Zhaoqing), revision: 1);
        using (var zhanjiang = system.Lists.CreateRestClient(TestTokens.Coordinator(DemoOrgans.Zhanjiang)))
        {
            var back = await (await zhanjiang.PostJsonAsync($"{path}/send-back", new { revision = 1, comments = "请写明湛江港的装卸分工" })).ReadAsAsync<JsonElement>(HttpStatusCode.OK);
            Assert.Equal("ChangesRequested", back.GetProperty("status").GetString());
        }

        using (var put = new HttpRequestMessage(HttpMethod.Put, path) { Content = Json(Content("湛江港负责装卸，玉林负责陆路中转", partners)) })
        {
            put.Headers.IfMatch.Add(new("\"v4\""));
            var revised = await (await yulin.SendAsync(put)).ReadAsAsync<JsonElement>(HttpStatusCode.OK);
            Assert.Equal(2, revised.GetProperty("revision").GetInt32());
        }

        await (await yulin.PostAsync($"{path}/submit", null)).ReadAsAsync<JsonElement>(HttpStatusCode.OK);
        using (var reviewer = system.Lists.CreateRestClient(TestTokens.Coordinator(DemoOrgans.Zhaoqing)))
        {
            var stale = await (await reviewer.PostJsonAsync($"{path}/approvals", new { revision = 1 })).ReadProblemAsync(HttpStatusCode.Conflict);
            Assert.Equal("review.stale-revision", stale.GetProperty("code").GetString());
        }

        foreach (var token in new[] { TestTokens.Coordinator(DemoOrgans.Zhaoqing), TestTokens.Coordinator(DemoOrgans.Zhanjiang), TestTokens.Coordinator(DemoOrgans.Yulin) })
        {
            await Scenario.ApproveAsync(system, id, token, revision: 2);
        }

        var approved = await Scenario.ApproveAsync(system, id, TestTokens.Secretariat(), revision: 2);
        Assert.Equal("Approved", approved.GetProperty("status").GetString());

        var rounds = await WaitForCountAsync(submittedEvents, id, 2, "both submissions are published");
        Assert.Equal([1, 2], rounds.Select(e => e.Message.GetProperty("revision").GetInt32()));
        Assert.Equal(4, rounds[1].Message.GetProperty("requiredParties").GetArrayLength());
        var sentBack = await sentBackEvents.WaitForAsync(m => m.GetProperty("projectId").GetGuid() == id, EventTimeout, "ProjectChangesRequested is published");
        Assert.Equal("coordinator:440800", sentBack.Message.GetProperty("party").GetString());
        var recorded = await WaitForCountAsync(recordedEvents, id, 5, "every approval is published");
        Assert.Equal([1, 2, 2, 2, 2], recorded.Select(e => e.Message.GetProperty("revision").GetInt32()));
        var published = await approvedEvents.WaitForAsync(m => m.GetProperty("projectId").GetGuid() == id, EventTimeout, "ProjectApproved is published");
        Assert.Equal(2, published.Message.GetProperty("revision").GetInt32());
        Assert.Equal(["440800", "441200", "450900"], published.Message.GetProperty("participatingRegionCodes").EnumerateArray().Select(e => e.GetString()).Order(StringComparer.Ordinal));

        await Eventually.TrueAsync(
            () => system.Teams.QueryAsync<TeamsDbContext, bool>(db => db.ApprovedProjects.AnyAsync(p => p.ProjectId == id && p.Revision == 2)),
            EventTimeout,
            "Teams' read model receives the approved revision");
        var teamId = await Scenario.RegisterTeamAsync(system, DemoOrgans.Yulin, "玉林市机关党员突击队");
        await (await Scenario.DeployAsync(system, DemoOrgans.Yulin, teamId, id)).ReadAsAsync<JsonElement>(HttpStatusCode.Created);
        await Eventually.TrueAsync(
            async () => (await (await yulin.GetAsync(path)).ReadAsAsync<JsonElement>(HttpStatusCode.OK)).GetProperty("deployedTeams").EnumerateArray().Any(t => t.GetProperty("teamId").GetGuid() == teamId),
            EventTimeout,
            "the team deployed by Teams is listed on the project in Lists");
    }

    private static async Task<List<ReceivedEvent>> WaitForCountAsync(EventProbe probe, Guid projectId, int count, string because)
    {
        await Eventually.TrueAsync(async () => (await probe.ReceivedAsync()).Count(e => e.Message.GetProperty("projectId").GetGuid() == projectId) >= count, EventTimeout, because);
        return (await probe.ReceivedAsync()).Where(e => e.Message.GetProperty("projectId").GetGuid() == projectId).ToList();
    }

    private static object Content(string description, IEnumerable<DemoOrgan> partners) => new
    {
        title = "玉林—肇庆—湛江 陆海联运党建协作",
        description,
        category = "LogisticsAndPorts",
        budget = 2_500_000.00m,
        startDate = "2026-06-01",
        endDate = "2027-06-30",
        partners = partners.Select(p => new { organId = p.Id, regionCode = p.RegionCode }).ToArray(),
        milestones = new[] { new { title = "首班联运专列开行", dueDate = "2026-09-30" } },
    };

    private static StringContent Json(object body) => new(JsonSerializer.Serialize(body), Encoding.UTF8, "application/json");
}
