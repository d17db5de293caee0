using System.Net;
using System.Text.Json;
using Corridor.Agreements;
using Corridor.Lists.Infrastructure;
using Corridor.Lists.Tests.Integration;
using Corridor.Testing;
using Corridor.TestKit;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Lists.Tests.Projects;

/// <summary>A project that names an agreement is checked with Agreements over gRPC before anything is stored.</summary>
[Collection(SharedRabbitMq.CollectionName)]
public sealed class AgreementCheckTests(SharedRabbitMq rabbitMq)
{
    [SkippableFact]
    public async Task When_Agreements_cannot_be_reached_the_answer_is_503_and_nothing_is_stored()
    {
        await using var host = await ListsHost.StartAsync(await rabbitMq.CreateVirtualHostAsync(), agreementsGrpc: ListsHost.ClosedPort());
        using var yulin = host.CreateRestClient(TestTokens.Member(DemoOrgans.Yulin));

        using var response = await yulin.PostJsonAsync(ListsHost.Path, ListsHost.CreateBody(DemoOrgans.Zhaoqing, agreementId: Guid.NewGuid()));

        var problem = await response.ReadProblemAsync(HttpStatusCode.ServiceUnavailable);
        Assert.Equal("dependency-unavailable", problem.GetProperty("code").GetString());
        Assert.Equal(503, problem.GetProperty("status").GetInt32());
        Assert.Contains("Agreements", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        var (projects, outbox) = await host.QueryAsync<ListsDbContext, (int, int)>(async db => (await db.Projects.CountAsync(), await db.OutboxMessages.CountAsync()));
        Assert.Equal(0, projects);
        Assert.Equal(0, outbox);

        // Lists itself is fine: a project that names no agreement needs no answer from Agreements.
        await (await yulin.PostJsonAsync(ListsHost.Path, ListsHost.CreateBody(DemoOrgans.Zhaoqing))).ReadAsAsync<JsonElement>(HttpStatusCode.Created);
    }

    [SkippableFact]
    public async Task A_project_naming_an_Active_agreement_that_binds_its_organs_is_created_with_the_callers_token_forwarded()
    {
        var vhost = await rabbitMq.CreateVirtualHostAsync();
        await using var agreements = new ServiceHost<AgreementsServiceMarker>("agreements", vhost);
        await agreements.StartAsync();
        await using var host = await ListsHost.StartAsync(vhost, agreementsGrpc: agreements.GrpcAddress);
        var active = await ActiveAgreementAsync(agreements, DemoOrgans.Yulin, DemoOrgans.Zhaoqing);
        using var yulin = host.CreateRestClient(TestTokens.Member(DemoOrgans.Yulin));

        var created = await (await yulin.PostJsonAsync(ListsHost.Path, ListsHost.CreateBody(DemoOrgans.Zhaoqing, active))).ReadAsAsync<JsonElement>(HttpStatusCode.Created);
        Assert.Equal(active, created.GetProperty("agreementId").GetGuid());

        var notBinding = await (await yulin.PostJsonAsync(ListsHost.Path, ListsHost.CreateBody(DemoOrgans.Hezhou, active))).ReadProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("project.agreement-parties", notBinding.GetProperty("code").GetString());
        Assert.Contains(DemoOrgans.Hezhou.Id, notBinding.GetProperty("detail").GetString(), StringComparison.Ordinal);
        var unknown = await (await yulin.PostJsonAsync(ListsHost.Path, ListsHost.CreateBody(DemoOrgans.Zhaoqing, Guid.NewGuid()))).ReadProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("project.agreement-not-found", unknown.GetProperty("code").GetString());
        Assert.Equal(1, await host.QueryAsync<ListsDbContext, int>(db => db.Projects.CountAsync()));
    }

    private static async Task<Guid> ActiveAgreementAsync(ServiceHost<AgreementsServiceMarker> agreements, DemoOrgan first, DemoOrgan second)
    {
        using var firstClient = agreements.CreateRestClient(TestTokens.Member(first));
        using var secondClient = agreements.CreateRestClient(TestTokens.Member(second));
        var created = await (await firstClient.PostJsonAsync("/api/v1/agreements", new
        {
            kind = "PairingAgreement",
            title = "玉林–肇庆机关党建合作协议",
            parties = new[] { first, second }.Select(o => new { organId = o.Id, organName = o.Name, regionCode = o.RegionCode }).ToArray(),
            termStart = "2026-01-01",
        })).ReadAsAsync<JsonElement>(HttpStatusCode.Created);
        var id = created.GetProperty("id").GetGuid();
        await (await firstClient.PostAsync($"/api/v1/agreements/{id}/propose", null)).ReadAsAsync<JsonElement>(HttpStatusCode.OK);
        await (await firstClient.PostJsonAsync($"/api/v1/agreements/{id}/signatures", new { signatory = "张伟" })).ReadAsAsync<JsonElement>(HttpStatusCode.OK);
        await (await secondClient.PostJsonAsync($"/api/v1/agreements/{id}/signatures", new { signatory = "李娜" })).ReadAsAsync<JsonElement>(HttpStatusCode.OK);
        return id;
    }
}
