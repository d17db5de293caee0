using System.Net;
using System.Text.Json;
using Corridor.BuildingBlocks.Directory;
using Corridor.Lists.Infrastructure;
using Corridor.Lists.Tests.Integration;
using Corridor.Testing;
using Corridor.TestKit;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Lists.Tests.Projects;

/// <summary>A project's regions come from the directory's record of its organs, not from the request (issue 17, item 3).</summary>
[Collection(SharedRabbitMq.CollectionName)]
public sealed class PartnerRegionsTests(SharedRabbitMq rabbitMq)
{
    [SkippableFact]
    public async Task A_lead_cannot_label_a_partner_organ_with_another_region_so_the_partners_coordinator_is_asked()
    {
        await using var host = await ListsHost.StartAsync(await rabbitMq.CreateVirtualHostAsync());
        using var qinzhou = host.CreateRestClient(TestTokens.Member(DemoOrgans.Qinzhou));

        // Before the directory, this was accepted and Yulin's coordinator (450900) was asked instead of Zhaoqing's.
        var mislabelled = await (await qinzhou.PostJsonAsync(ListsHost.Path, new
        {
            title = "钦州—肇庆 西江航运协作",
            partners = new[] { new { organId = DemoOrgans.Zhaoqing.Id, regionCode = DemoOrgans.Yulin.RegionCode } },
        })).ReadProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal(OrganRefusedException.ProblemTypeBase + "region-mismatch", mislabelled.GetProperty("type").GetString());
        Assert.Equal(("region-mismatch", "Partners[0].RegionCode"), (mislabelled.GetProperty("code").GetString(), mislabelled.GetProperty("field").GetString()));
        Assert.Equal(0, await host.QueryAsync<ListsDbContext, int>(db => db.Projects.CountAsync()));

        var created = await (await qinzhou.PostJsonAsync(ListsHost.Path, new
        {
            title = "钦州—肇庆 西江航运协作",
            partners = new[] { new { organId = DemoOrgans.Zhaoqing.Id } },
        })).ReadAsAsync<JsonElement>(HttpStatusCode.Created);
        Assert.Equal(DemoOrgans.Zhaoqing.RegionCode, created.GetProperty("partners")[0].GetProperty("regionCode").GetString());
        var id = created.GetProperty("id").GetGuid();
        var submitted = await (await qinzhou.PostAsync($"{ListsHost.Path}/{id}/submit", null)).ReadAsAsync<JsonElement>(HttpStatusCode.OK);
        Assert.Equal(["coordinator:441200", "coordinator:450700", "secretariat"], ListsHost.Strings(submitted.GetProperty("pendingApprovals")));
    }

    [SkippableFact]
    public async Task An_unknown_or_retired_partner_organ_is_refused_and_a_miss_the_directory_cannot_answer_is_503()
    {
        await using var host = await ListsHost.StartAsync(await rabbitMq.CreateVirtualHostAsync());
        using var yulin = host.CreateRestClient(TestTokens.Member(DemoOrgans.Yulin));
        var retired = new DemoOrgan(Corridor.BuildingBlocks.Domain.UnifiedSocialCreditCode.Complete("11441200MB0000088"), "肇庆市已撤销机关", "441200");
        await host.KnowOrgansAsync([retired], status: KnownOrgan.RetiredStatus);

        var refusedRetired = await (await yulin.PostJsonAsync(ListsHost.Path, ListsHost.CreateBody(retired))).ReadProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal(("retired-organ", "Partners[0].OrganId"), (refusedRetired.GetProperty("code").GetString(), refusedRetired.GetProperty("field").GetString()));

        // An organ missing from the read model is asked of the Directory, which is not reachable here: 503, never 500 or a wrong 422.
        var unknown = new DemoOrgan(Corridor.BuildingBlocks.Domain.UnifiedSocialCreditCode.Complete("11441200MB0000077"), "肇庆市未登记机关", "441200");
        var unavailable = await (await yulin.PostJsonAsync(ListsHost.Path, ListsHost.CreateBody(unknown))).ReadProblemAsync(HttpStatusCode.ServiceUnavailable);
        Assert.Equal("dependency-unavailable", unavailable.GetProperty("code").GetString());
        Assert.Equal(0, await host.QueryAsync<ListsDbContext, int>(db => db.Projects.CountAsync()));
    }
}
