using System.Net;
using System.Text.Json;
using Corridor.Contracts.Events;
using Corridor.Teams.Infrastructure;
using Corridor.Testing;
using Corridor.TestKit;
using Microsoft.EntityFrameworkCore;

namespace Corridor.SystemTests;

/// <summary>
/// A team deployed to a project Lists approved, and ended when Lists cancels the project: the three services as
/// separate hosts on one broker, Teams asking Lists over gRPC and reacting to ProjectCancelled through its inbox.
/// </summary>
[Collection(SharedRabbitMq.CollectionName)]
public sealed class TeamDeploymentSystemTests(SharedRabbitMq rabbitMq)
{
    private static readonly TimeSpan EventTimeout = TimeSpan.FromSeconds(30);

    [SkippableFact]
    public async Task Cancelling_a_project_in_Lists_ends_the_teams_deployed_to_it_in_Teams()
    {
        var broker = await rabbitMq.GetBrokerAsync();
        var vhost = await broker.CreateVirtualHostAsync();
        await using var endedEvents = await EventProbe.ListenAsync<DeploymentEnded>(vhost);
        await using var system = await CorridorSystem.StartAsync(vhost);
        var projectId = await Scenario.SubmittedProjectAsync(system, DemoOrgans.Qinzhou, DemoOrgans.Zhanjiang, agreementId: null);
        await Scenario.ApproveByAllAsync(system, projectId, DemoOrgans.Qinzhou, DemoOrgans.Zhanjiang);
        await Eventually.TrueAsync(
            () => system.Teams.QueryAsync<TeamsDbContext, bool>(db => db.ApprovedProjects.AnyAsync(p => p.ProjectId == projectId)),
            EventTimeout,
            "Teams' read model receives the approved project");

        var teamId = await Scenario.RegisterTeamAsync(system, DemoOrgans.Qinzhou, "钦州港党员突击队");
        var deployment = await (await Scenario.DeployAsync(system, DemoOrgans.Qinzhou, teamId, projectId)).ReadAsAsync<JsonElement>(HttpStatusCode.Created);
        var deploymentId = deployment.GetProperty("id").GetGuid();

        using (var lead = system.Lists.CreateRestClient(TestTokens.Member(DemoOrgans.Qinzhou)))
        {
            var cancelled = await (await lead.PostJsonAsync($"/api/v1/projects/{projectId}/cancel", new { reason = "港区规划调整，项目取消" })).ReadAsAsync<JsonElement>(HttpStatusCode.OK);
            Assert.Equal("Cancelled", cancelled.GetProperty("status").GetString());
        }

        var ended = await endedEvents.WaitForAsync(m => m.GetProperty("deploymentId").GetGuid() == deploymentId, EventTimeout, "Teams publishes DeploymentEnded");
        Assert.Equal((teamId, projectId), (ended.Message.GetProperty("teamId").GetGuid(), ended.Message.GetProperty("projectId").GetGuid()));
        Assert.Equal("project cancelled: 港区规划调整，项目取消", ended.Message.GetProperty("reason").GetString());

        using var teams = system.Teams.CreateRestClient(TestTokens.Member(DemoOrgans.Qinzhou));
        var team = await (await teams.GetAsync($"/api/v1/teams/{teamId}")).ReadAsAsync<JsonElement>(HttpStatusCode.OK);
        var stored = Assert.Single(team.GetProperty("deployments").EnumerateArray());
        Assert.Equal(DateOnly.FromDateTime(DateTime.UtcNow).ToString("yyyy-MM-dd"), stored.GetProperty("endedOn").GetString());
        var projects = await (await teams.GetAsync("/api/v1/approved-projects?status=Cancelled")).ReadAsAsync<JsonElement>(HttpStatusCode.OK);
        Assert.Contains(projects.GetProperty("items").EnumerateArray(), p => p.GetProperty("projectId").GetGuid() == projectId);

        // Teams already knows the project ended (its read model), so it refuses without asking Lists.
        var again = await (await Scenario.DeployAsync(system, DemoOrgans.Qinzhou, teamId, projectId, from: "2027-01-01", to: "2027-03-31")).ReadProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("deployment.project-closed", again.GetProperty("code").GetString());
    }
}
