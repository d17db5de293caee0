using System.Net;
using Corridor.BuildingBlocks.Directory;
using Corridor.BuildingBlocks.Persistence;
using Corridor.Lists.Infrastructure;
using Corridor.Lists.Tests.Integration;
using Corridor.Testing;
using Corridor.TestKit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Corridor.Lists.Tests.Problems;

/// <summary>Handling and transfer targets and co-responsible organs are in the regions the directory records (issue 17, item 3).</summary>
[Collection(SharedRabbitMq.CollectionName)]
public sealed class ProblemOrganRegionsTests(SharedRabbitMq rabbitMq)
{
    private const string P = ProblemsApi.Path;

    [SkippableFact]
    public async Task A_transfer_target_and_the_organs_named_on_acceptance_take_their_regions_from_the_directory()
    {
        await using var host = await ListsHost.StartAsync(await rabbitMq.CreateVirtualHostAsync());
        var api = new ProblemsApi(host);

        var id = await api.RaiseAsync();
        var mislabelled = await (await api.PostAsync(ProblemsApi.Supervisor, $"{P}/{id}/transfer", new { toOrganId = DemoOrgans.Zhaoqing.Id, toRegionCode = DemoOrgans.Hezhou.RegionCode }))
            .ReadProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal(("region-mismatch", "ToRegionCode"), (mislabelled.GetProperty("code").GetString(), mislabelled.GetProperty("field").GetString()));

        var transferred = await api.ActAsync(ProblemsApi.Supervisor, id, "transfer", new { toOrganId = DemoOrgans.Zhaoqing.Id, reason = "肇庆主责" });
        Assert.Equal(DemoOrgans.Zhaoqing.RegionCode, transferred.GetProperty("handlingRegionCode").GetString());

        var coMislabelled = await (await api.PostAsync(TestTokens.Coordinator(DemoOrgans.Zhaoqing), $"{P}/{id}/accept", new
        {
            responsibleOrganId = DemoOrgans.Zhaoqing.Id,
            coResponsibleOrgans = new[] { new { organId = DemoOrgans.Hezhou.Id, regionCode = DemoOrgans.Yulin.RegionCode } },
            dueDate = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(30),
        })).ReadProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal(("region-mismatch", "CoResponsibleOrgans[0].RegionCode"), (coMislabelled.GetProperty("code").GetString(), coMislabelled.GetProperty("field").GetString()));

        var accepted = await api.ActAsync(TestTokens.Coordinator(DemoOrgans.Zhaoqing), id, "accept", new
        {
            responsibleOrganId = DemoOrgans.Zhaoqing.Id,
            coResponsibleOrgans = new[] { new { organId = DemoOrgans.Hezhou.Id } },
            dueDate = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(30),
        });
        Assert.Equal(DemoOrgans.Zhaoqing.RegionCode, accepted.GetProperty("responsibleRegionCode").GetString());
        Assert.Equal(DemoOrgans.Hezhou.RegionCode, accepted.GetProperty("coResponsibleOrgans")[0].GetProperty("regionCode").GetString());
    }

    [SkippableFact]
    public async Task A_transfer_to_an_organ_of_a_region_that_is_no_member_is_refused()
    {
        await using var host = await ListsHost.StartAsync(await rabbitMq.CreateVirtualHostAsync());
        var api = new ProblemsApi(host);
        var beijing = new DemoOrgan(Corridor.BuildingBlocks.Domain.UnifiedSocialCreditCode.Complete("11110000MB0000001"), "北京市某机关", "110000");
        await host.KnowOrgansAsync([beijing]);
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ServiceDbContext>();
            await db.UpsertRegionJoinAsync("110000", "北京市", null, new DateOnly(2020, 1, 1), new DateOnly(2021, 12, 31), 2);
            await db.SaveChangesAsync();
        }

        var id = await api.RaiseAsync();
        var refused = await (await api.PostAsync(ProblemsApi.Supervisor, $"{P}/{id}/transfer", new { toOrganId = beijing.Id })).ReadProblemAsync(HttpStatusCode.Conflict);

        Assert.Equal("organ.region-not-member", refused.GetProperty("code").GetString());
    }

    [SkippableFact]
    public async Task A_caller_whose_organ_the_directory_retired_cannot_raise_or_submit_problems()
    {
        await using var host = await ListsHost.StartAsync(await rabbitMq.CreateVirtualHostAsync());
        var api = new ProblemsApi(host);
        await host.KnowOrgansAsync([DemoOrgans.Qinzhou], version: 2, status: KnownOrgan.RetiredStatus);

        var refused = await (await api.PostAsync(TestTokens.Member(DemoOrgans.Qinzhou), P, ProblemsApi.RaiseBody())).ReadProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal(("retired-organ", "caller.organ"), (refused.GetProperty("code").GetString(), refused.GetProperty("field").GetString()));

        var batch = await (await api.PostAsync(TestTokens.Member(DemoOrgans.Qinzhou), $"{P}/batch", new { items = new[] { ProblemsApi.RaiseBody(externalReference: "QZ-1") } }))
            .ReadProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal("retired-organ", batch.GetProperty("code").GetString());
        Assert.Equal(0, await host.QueryAsync<ListsDbContext, int>(db => db.Problems.CountAsync()));
    }
}
