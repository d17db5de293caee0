using System.Net;
using System.Text.Json;
using Corridor.Contracts.Events;
using Corridor.Teams.Infrastructure;
using Corridor.Testing;
using Corridor.TestKit;
using Microsoft.EntityFrameworkCore;

namespace Corridor.SystemTests;

/// <summary>
/// The first end-to-end slice with the three services as separate hosts: gRPC between them on real
/// loopback ports, events over real RabbitMQ, each service on its own SQLite file.
/// </summary>
[Collection(SharedRabbitMq.CollectionName)]
public sealed class SliceTests(SharedRabbitMq rabbitMq)
{
    private static readonly TimeSpan EventTimeout = TimeSpan.FromSeconds(30);

    [SkippableFact]
    public async Task Agreement_project_approval_and_deployment_flow_through_grpc_and_rabbitmq()
    {
        var broker = await rabbitMq.GetBrokerAsync();
        var vhost = await broker.CreateVirtualHostAsync();
        await using var approvedEvents = await EventProbe.ListenAsync<ProjectApproved>(vhost);
        await using var system = await CorridorSystem.StartAsync(vhost);

        var agreementId = await Scenario.ActiveAgreementAsync(system, DemoOrgans.Yulin, DemoOrgans.Zhaoqing);
        var projectId = await Scenario.SubmittedProjectAsync(system, DemoOrgans.Yulin, DemoOrgans.Zhaoqing, agreementId);
        var approved = await Scenario.ApproveByAllAsync(system, projectId, DemoOrgans.Yulin, DemoOrgans.Zhaoqing);
        Assert.Equal("Approved", approved.GetProperty("status").GetString());

        var published = await approvedEvents.WaitForAsync(m => m.GetProperty("projectId").GetGuid() == projectId, EventTimeout, "ProjectApproved is published");
        Assert.Equal(agreementId, published.Message.GetProperty("agreementId").GetGuid());

        await Eventually.TrueAsync(
            () => system.Teams.QueryAsync<TeamsDbContext, bool>(db => db.ApprovedProjects.AnyAsync(p => p.ProjectId == projectId)),
            EventTimeout,
            "Teams' read model receives the approved project");

        var teamId = await Scenario.RegisterTeamAsync(system, DemoOrgans.Yulin, "玉林市机关青年突击队");
        var deployment = await (await Scenario.DeployAsync(system, DemoOrgans.Yulin, teamId, projectId)).ReadAsAsync<JsonElement>(HttpStatusCode.Created);
        Assert.Equal(projectId, deployment.GetProperty("projectId").GetGuid());
    }

    [SkippableFact]
    public async Task Lists_refuses_a_project_naming_an_agreement_that_is_not_active_or_does_not_bind_its_organs()
    {
        var broker = await rabbitMq.GetBrokerAsync();
        await using var system = await CorridorSystem.StartAsync(await broker.CreateVirtualHostAsync());
        var agreementId = await Scenario.ActiveAgreementAsync(system, DemoOrgans.Hezhou, DemoOrgans.Zhanjiang, "贺州–湛江机关党建合作协议");

        var notBinding = await (await Scenario.CreateProjectAsync(system, DemoOrgans.Yulin, DemoOrgans.Zhaoqing, agreementId)).ReadProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("project.agreement-parties", notBinding.GetProperty("code").GetString());
        Assert.Contains(DemoOrgans.Yulin.Id, notBinding.GetProperty("detail").GetString(), StringComparison.Ordinal);

        var unknown = await (await Scenario.CreateProjectAsync(system, DemoOrgans.Yulin, DemoOrgans.Zhaoqing, Guid.NewGuid())).ReadProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("project.agreement-not-found", unknown.GetProperty("code").GetString());

        using var hezhou = system.Agreements.CreateRestClient(TestTokens.Member(DemoOrgans.Hezhou));
        var draft = await (await hezhou.PostJsonAsync("/api/v1/agreements", new
        {
            kind = "PairingAgreement",
            title = "贺州–湛江 补充协议",
            parties = new[]
            {
                new { organId = DemoOrgans.Hezhou.Id, organName = DemoOrgans.Hezhou.Name, regionCode = DemoOrgans.Hezhou.RegionCode },
                new { organId = DemoOrgans.Zhanjiang.Id, organName = DemoOrgans.Zhanjiang.Name, regionCode = DemoOrgans.Zhanjiang.RegionCode },
            },
            termStart = "2026-01-01",
        })).ReadAsAsync<JsonElement>(HttpStatusCode.Created);
        var inactive = await (await Scenario.CreateProjectAsync(system, DemoOrgans.Hezhou, DemoOrgans.Zhanjiang, draft.GetProperty("id").GetGuid()))
            .ReadProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("project.agreement-not-active", inactive.GetProperty("code").GetString());

        await (await Scenario.CreateProjectAsync(system, DemoOrgans.Hezhou, DemoOrgans.Zhanjiang, agreementId)).ReadAsAsync<JsonElement>(HttpStatusCode.Created);
    }

    [SkippableFact]
    public async Task Teams_refuses_to_deploy_to_a_project_that_Lists_has_not_approved()
    {
        var broker = await rabbitMq.GetBrokerAsync();
        await using var system = await CorridorSystem.StartAsync(await broker.CreateVirtualHostAsync());
        var projectId = await Scenario.SubmittedProjectAsync(system, DemoOrgans.Qinzhou, DemoOrgans.Guangdong, agreementId: null);
        await Scenario.ApproveAsync(system, projectId, TestTokens.Coordinator(DemoOrgans.Qinzhou));
        var teamId = await Scenario.RegisterTeamAsync(system, DemoOrgans.Qinzhou);

        var pending = await (await Scenario.DeployAsync(system, DemoOrgans.Qinzhou, teamId, projectId)).ReadProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("deployment.project-not-approved", pending.GetProperty("code").GetString());

        var unknown = await (await Scenario.DeployAsync(system, DemoOrgans.Qinzhou, teamId, Guid.NewGuid())).ReadProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("deployment.project-not-found", unknown.GetProperty("code").GetString());
    }
}
