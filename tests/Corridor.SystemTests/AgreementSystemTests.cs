using System.Net;
using System.Text.Json;
using Corridor.Agreements.Infrastructure;
using Corridor.Testing;
using Corridor.TestKit;
using Microsoft.EntityFrameworkCore;

namespace Corridor.SystemTests;

/// <summary>Agreements and Lists together: the binding check over gRPC and the scorecard fed by ProjectApproved over RabbitMQ.</summary>
[Collection(SharedRabbitMq.CollectionName)]
public sealed class AgreementSystemTests(SharedRabbitMq rabbitMq)
{
    private static readonly TimeSpan EventTimeout = TimeSpan.FromSeconds(30);

    [SkippableFact]
    public async Task Lists_refuses_a_project_naming_a_suspended_agreement_and_accepts_it_again_once_resumed()
    {
        var broker = await rabbitMq.GetBrokerAsync();
        await using var system = await CorridorSystem.StartAsync(await broker.CreateVirtualHostAsync());
        var agreementId = await Scenario.ActiveAgreementAsync(system, DemoOrgans.Yulin, DemoOrgans.Zhaoqing);
        using var yulin = system.Agreements.CreateRestClient(TestTokens.Member(DemoOrgans.Yulin));

        await (await yulin.PostJsonAsync($"/api/v1/agreements/{agreementId}/suspend", new { reason = "机构改革期间暂停" })).ReadAsAsync<JsonElement>(HttpStatusCode.OK);

        var refused = await (await Scenario.CreateProjectAsync(system, DemoOrgans.Yulin, DemoOrgans.Zhaoqing, agreementId)).ReadProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("project.agreement-not-active", refused.GetProperty("code").GetString());
        Assert.Contains("Suspended", refused.GetProperty("detail").GetString(), StringComparison.OrdinalIgnoreCase);

        await (await yulin.PostJsonAsync($"/api/v1/agreements/{agreementId}/resume", new { note = "恢复" })).ReadAsAsync<JsonElement>(HttpStatusCode.OK);
        await (await Scenario.CreateProjectAsync(system, DemoOrgans.Yulin, DemoOrgans.Zhaoqing, agreementId)).ReadAsAsync<JsonElement>(HttpStatusCode.Created);
    }

    [SkippableFact]
    public async Task A_project_approved_in_Lists_counts_for_joint_project_promotion_on_the_agreements_scorecard()
    {
        var broker = await rabbitMq.GetBrokerAsync();
        await using var system = await CorridorSystem.StartAsync(await broker.CreateVirtualHostAsync());
        var agreementId = await Scenario.ActiveAgreementAsync(system, DemoOrgans.Hezhou, DemoOrgans.Zhanjiang, "贺州–湛江机关党建合作协议");
        var unlinked = await Scenario.SubmittedProjectAsync(system, DemoOrgans.Qinzhou, DemoOrgans.Guangdong, agreementId: null);
        await Scenario.ApproveByAllAsync(system, unlinked, DemoOrgans.Qinzhou, DemoOrgans.Guangdong);
        var projectId = await Scenario.SubmittedProjectAsync(system, DemoOrgans.Hezhou, DemoOrgans.Zhanjiang, agreementId);
        var approved = await Scenario.ApproveByAllAsync(system, projectId, DemoOrgans.Hezhou, DemoOrgans.Zhanjiang);
        Assert.Equal("Approved", approved.GetProperty("status").GetString());

        await Eventually.TrueAsync(
            () => system.Agreements.QueryAsync<AgreementsDbContext, bool>(db => db.LinkedProjects.AnyAsync(p => p.ProjectId == projectId)),
            EventTimeout,
            "Agreements receives ProjectApproved");

        using var secretariat = system.Agreements.CreateRestClient(TestTokens.Secretariat());
        var year = DateTime.UtcNow.Year;
        var card = await (await secretariat.GetAsync($"/api/v1/agreements/{agreementId}/scorecard?year={year}")).ReadAsAsync<JsonElement>(HttpStatusCode.OK);
        var projects = card.GetProperty("areas").EnumerateArray().Single(a => a.GetProperty("area").GetString() == "JointProjects");
        Assert.Equal(1, projects.GetProperty("actual").GetInt32());
        Assert.Equal(1, projects.GetProperty("approvedProjects").GetInt32());
        Assert.False(await system.Agreements.QueryAsync<AgreementsDbContext, bool>(db => db.LinkedProjects.AnyAsync(p => p.ProjectId == unlinked)));
    }
}
