using System.Net;
using System.Text.Json;
using Corridor.Contracts.Events;
using Corridor.Lists;
using Corridor.Teams.Infrastructure;
using Corridor.Testing;
using Corridor.TestKit;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Teams.Tests.Integration;

/// <summary>Deployments over the REST API of a Teams host, checked with Lists over gRPC.</summary>
[Collection(SharedRabbitMq.CollectionName)]
public sealed class DeploymentApiTests(SharedRabbitMq rabbitMq)
{
    private static readonly TimeSpan EventTimeout = TimeSpan.FromSeconds(30);

    [SkippableFact]
    public async Task A_team_is_deployed_only_once_Lists_has_approved_the_project()
    {
        var vhost = await rabbitMq.CreateVirtualHostAsync();
        await using var deployedEvents = await EventProbe.ListenAsync<TeamDeployed>(vhost);
        await using var lists = new ServiceHost<ListsServiceMarker>("lists", vhost, new Dictionary<string, string?>
        {
            ["Services:Agreements:Grpc"] = TeamsHost.ClosedPort().ToString(),
        });
        await lists.StartAsync();
        await using var teams = await TeamsHost.StartAsync(vhost, lists.GrpcAddress);
        var projectId = await SubmittedProjectAsync(lists, DemoOrgans.Qinzhou, DemoOrgans.Zhanjiang);
        var teamId = await TeamsHost.RegisterAsync(teams, DemoOrgans.Qinzhou);

        var notApproved = await (await TeamsHost.DeployAsync(teams, DemoOrgans.Qinzhou, teamId, projectId)).ReadProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("deployment.project-not-approved", notApproved.GetProperty("code").GetString());
        Assert.Contains("Submitted", notApproved.GetProperty("detail").GetString(), StringComparison.OrdinalIgnoreCase);
        var unknown = await (await TeamsHost.DeployAsync(teams, DemoOrgans.Qinzhou, teamId, Guid.NewGuid())).ReadProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("deployment.project-not-found", unknown.GetProperty("code").GetString());
        var unchanged = await TeamsHost.GetAsync(teams, teamId);
        Assert.Equal(("Forming", 1L, 0), (unchanged.GetProperty("status").GetString(), unchanged.GetProperty("version").GetInt64(), unchanged.GetProperty("deployments").GetArrayLength()));

        await ApproveAsync(lists, projectId, TestTokens.Coordinator(DemoOrgans.Qinzhou));
        await ApproveAsync(lists, projectId, TestTokens.Coordinator(DemoOrgans.Zhanjiang));
        await ApproveAsync(lists, projectId, TestTokens.Secretariat());

        using var deployed = await TeamsHost.DeployAsync(teams, DemoOrgans.Qinzhou, teamId, projectId);
        var deployment = await deployed.ReadAsAsync<JsonElement>(HttpStatusCode.Created);
        var deploymentId = deployment.GetProperty("id").GetGuid();
        Assert.Equal(projectId, deployment.GetProperty("projectId").GetGuid());
        Assert.Equal($"/api/v1/teams/{teamId}/deployments/{deploymentId}", deployed.Headers.Location?.OriginalString);
        Assert.Equal("\"v2\"", deployed.Headers.ETag?.Tag);
        var active = await TeamsHost.GetAsync(teams, teamId);
        Assert.Equal(("Active", 2L, 1), (active.GetProperty("status").GetString(), active.GetProperty("version").GetInt64(), active.GetProperty("deployments").GetArrayLength()));

        var overlap = await (await TeamsHost.DeployAsync(teams, DemoOrgans.Qinzhou, teamId, projectId, from: "2026-12-01", to: null)).ReadProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("deployment.overlap", overlap.GetProperty("code").GetString());

        var published = await deployedEvents.WaitForAsync(m => m.GetProperty("teamId").GetGuid() == teamId, EventTimeout, "TeamDeployed is published");
        Assert.Equal(deploymentId, published.Message.GetProperty("deploymentId").GetGuid());
        Assert.Equal(projectId, published.Message.GetProperty("projectId").GetGuid());
        Assert.Equal(2, published.Message.GetProperty("aggregateVersion").GetInt64());

        // Lists' ProjectApproved also reached Teams' own read model over the broker.
        await Eventually.TrueAsync(
            () => teams.QueryAsync<TeamsDbContext, bool>(db => db.ApprovedProjects.AnyAsync(p => p.ProjectId == projectId)),
            EventTimeout,
            "Teams' read model receives the approved project");
        using var reader = teams.CreateRestClient(TestTokens.Member(DemoOrgans.Zhanjiang));
        var approvedProjects = await (await reader.GetAsync("/api/v1/approved-projects")).ReadAsAsync<JsonElement>(HttpStatusCode.OK);
        Assert.Contains(approvedProjects.GetProperty("items").EnumerateArray(), p => p.GetProperty("projectId").GetGuid() == projectId);

        // A deployment or an outcome sent again under the same Idempotency-Key is answered again, not made twice.
        using var owner = teams.CreateRestClient(TestTokens.Member(DemoOrgans.Qinzhou));
        HttpRequestMessage Keyed(string path, object body, string key)
        {
            var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = System.Net.Http.Json.JsonContent.Create(body) };
            request.Headers.Add("Idempotency-Key", key);
            return request;
        }

        var winter = new { projectId, from = "2027-01-01", to = "2027-01-31", task = "春节保运" };
        var first = await (await owner.SendAsync(Keyed($"{TeamsHost.Path}/{teamId}/deployments", winter, "qz-deploy-2027-01"))).ReadAsAsync<JsonElement>(HttpStatusCode.Created);
        using var retried = await owner.SendAsync(Keyed($"{TeamsHost.Path}/{teamId}/deployments", winter, "qz-deploy-2027-01"));
        Assert.Equal(first.GetProperty("id").GetGuid(), (await retried.ReadAsAsync<JsonElement>(HttpStatusCode.Created)).GetProperty("id").GetGuid());
        Assert.Equal("true", retried.Headers.GetValues("Idempotency-Replayed").Single());
        var reused = await (await owner.SendAsync(Keyed($"{TeamsHost.Path}/{teamId}/deployments", winter with { task = "另一任务" }, "qz-deploy-2027-01"))).ReadProblemAsync((HttpStatusCode)422);
        Assert.Equal("idempotency.key-reused", reused.GetProperty("code").GetString());
        var outcomes = $"{TeamsHost.Path}/{teamId}/deployments/{deploymentId}/outcomes";
        await (await owner.SendAsync(Keyed(outcomes, new { text = "完成码头党员先锋岗设置" }, "qz-outcome-1"))).ReadAsAsync<JsonElement>(HttpStatusCode.OK);
        var outcome = await (await owner.SendAsync(Keyed(outcomes, new { text = "完成码头党员先锋岗设置" }, "qz-outcome-1"))).ReadAsAsync<JsonElement>(HttpStatusCode.OK);
        Assert.Equal(1, outcome.GetProperty("outcomes").GetArrayLength());
        var after = await TeamsHost.GetAsync(teams, teamId);
        Assert.Equal((4L, 2), (after.GetProperty("version").GetInt64(), after.GetProperty("deployments").GetArrayLength()));
    }

    [SkippableFact]
    public async Task When_Lists_cannot_be_reached_the_answer_is_503_and_the_team_is_unchanged()
    {
        await using var teams = await TeamsHost.StartAsync(await rabbitMq.CreateVirtualHostAsync(), listsGrpc: TeamsHost.ClosedPort());
        var teamId = await TeamsHost.RegisterAsync(teams, DemoOrgans.Yulin);

        var problem = await (await TeamsHost.DeployAsync(teams, DemoOrgans.Yulin, teamId, Guid.NewGuid())).ReadProblemAsync(HttpStatusCode.ServiceUnavailable);

        Assert.Equal("dependency-unavailable", problem.GetProperty("code").GetString());
        Assert.Contains("Lists", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        var team = await TeamsHost.GetAsync(teams, teamId);
        Assert.Equal(("Forming", 1L, 0), (team.GetProperty("status").GetString(), team.GetProperty("version").GetInt64(), team.GetProperty("deployments").GetArrayLength()));
        Assert.Equal(0, await teams.QueryAsync<TeamsDbContext, int>(db => db.OutboxMessages.CountAsync(m => m.MessageType != "Corridor.Contracts.Events.TeamRegistered")));
    }

    [SkippableFact]
    public async Task A_region_cannot_deploy_another_regions_team()
    {
        await using var teams = await TeamsHost.StartAsync(await rabbitMq.CreateVirtualHostAsync());
        var teamId = await TeamsHost.RegisterAsync(teams, DemoOrgans.Yulin);

        var refused = await (await TeamsHost.DeployAsync(teams, DemoOrgans.Zhaoqing, teamId, Guid.NewGuid())).ReadProblemAsync(HttpStatusCode.Forbidden);

        Assert.Equal("team.other-region", refused.GetProperty("code").GetString());
        Assert.Equal(1L, (await TeamsHost.GetAsync(teams, teamId)).GetProperty("version").GetInt64());
    }

    [SkippableFact]
    public async Task Invalid_requests_are_400_naming_the_field_unknown_teams_404_and_anonymous_callers_401()
    {
        await using var teams = await TeamsHost.StartAsync(await rabbitMq.CreateVirtualHostAsync());
        using var yulin = teams.CreateRestClient(TestTokens.Member(DemoOrgans.Yulin));

        var unknownKind = await (await yulin.PostJsonAsync(TeamsHost.Path, new { kind = "SpecialForces", name = "突击队", mission = "任务", formedOn = "2026-03-01" }))
            .ReadProblemAsync(HttpStatusCode.BadRequest);
        var kindErrors = unknownKind.GetProperty("errors");
        Assert.True(kindErrors.TryGetProperty("Kind", out var kindMessages), kindErrors.ToString());
        Assert.Contains("PartyMemberCommando", kindMessages[0].GetString(), StringComparison.Ordinal);
        Assert.Single(kindErrors.EnumerateObject());

        var noDate = await (await yulin.PostJsonAsync(TeamsHost.Path, new { kind = "vanguardsquad", name = "突击队", mission = "任务" }))
            .ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(noDate.GetProperty("errors").TryGetProperty("FormedOn", out _), noDate.ToString());

        var teamId = await TeamsHost.RegisterAsync(teams, DemoOrgans.Yulin);
        var reversed = await (await TeamsHost.DeployAsync(teams, DemoOrgans.Yulin, teamId, Guid.NewGuid(), from: "2026-07-01", to: "2026-06-30"))
            .ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(reversed.GetProperty("errors").TryGetProperty("To", out _), reversed.ToString());

        var unknownTeam = await (await TeamsHost.DeployAsync(teams, DemoOrgans.Yulin, Guid.NewGuid(), Guid.NewGuid())).ReadProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal("not-found", unknownTeam.GetProperty("code").GetString());

        using var anonymous = new HttpClient { BaseAddress = teams.RestAddress };
        using var refused = await anonymous.GetAsync($"{TeamsHost.Path}/{teamId}");
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.Equal(1, await teams.QueryAsync<TeamsDbContext, int>(db => db.Teams.CountAsync()));
    }

    private static async Task<Guid> SubmittedProjectAsync(ServiceHost<ListsServiceMarker> lists, DemoOrgan lead, DemoOrgan partner)
    {
        using var client = lists.CreateRestClient(TestTokens.Member(lead));
        var created = await (await client.PostJsonAsync("/api/v1/projects", new
        {
            title = "钦州—湛江 港航党建联建",
            partners = new[] { new { organId = partner.Id, regionCode = partner.RegionCode } },
        })).ReadAsAsync<JsonElement>(HttpStatusCode.Created);
        var id = created.GetProperty("id").GetGuid();
        await (await client.PostAsync($"/api/v1/projects/{id}/submit", null)).ReadAsAsync<JsonElement>(HttpStatusCode.OK);
        return id;
    }

    private static async Task ApproveAsync(ServiceHost<ListsServiceMarker> lists, Guid projectId, string token)
    {
        using var client = lists.CreateRestClient(token);
        await (await client.PostJsonAsync($"/api/v1/projects/{projectId}/approvals", new { revision = 1 })).ReadAsAsync<JsonElement>(HttpStatusCode.OK);
    }
}
