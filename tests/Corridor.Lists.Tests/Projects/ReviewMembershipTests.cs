using System.Net;
using System.Text.Json;
using Corridor.BuildingBlocks.Directory;
using Corridor.BuildingBlocks.Domain;
using Corridor.BuildingBlocks.Persistence;
using Corridor.Lists.Tests.Integration;
using Corridor.Testing;
using Corridor.TestKit;
using Microsoft.Extensions.DependencyInjection;

namespace Corridor.Lists.Tests.Projects;

/// <summary>Who can approve follows the directory's membership, not a compiled list of regions (issue 17).</summary>
[Collection(SharedRabbitMq.CollectionName)]
public sealed class ReviewMembershipTests(SharedRabbitMq rabbitMq)
{
    private const string Beihai = "450500";

    [SkippableFact]
    public async Task A_region_that_joined_through_the_directory_is_asked_to_approve_and_one_that_left_is_reported_blocked()
    {
        await using var host = await ListsHost.StartAsync(await rabbitMq.CreateVirtualHostAsync());
        var beihai = new DemoOrgan(UnifiedSocialCreditCode.Create('1', '1', Beihai, "GW" + Beihai), "北海市直属机关工作委员会", Beihai);
        await ChangeMembershipAsync(host, db => db.UpsertRegionJoinAsync(Beihai, "北海市", "450000", new DateOnly(2026, 1, 1), null, 1));
        await host.KnowOrgansAsync([beihai]);
        using var yulin = host.CreateRestClient(TestTokens.Member(DemoOrgans.Yulin));

        var created = await (await yulin.PostJsonAsync(ListsHost.Path, new
        {
            title = "玉林—北海—肇庆 港口物流协作",
            partners = new[] { new { organId = beihai.Id }, new { organId = DemoOrgans.Zhaoqing.Id } },
        })).ReadAsAsync<JsonElement>(HttpStatusCode.Created);
        var id = created.GetProperty("id").GetGuid();
        var submitted = await (await yulin.PostAsync($"{ListsHost.Path}/{id}/submit", null)).ReadAsAsync<JsonElement>(HttpStatusCode.OK);

        // With the compiled list, 北海 counted as "no longer a member" and its coordinator as one who can never approve.
        Assert.Equal(["coordinator:441200", "coordinator:450500", "coordinator:450900", "secretariat"], ListsHost.Strings(submitted.GetProperty("pendingApprovals")));
        Assert.Empty(ListsHost.Strings(submitted.GetProperty("blockedApprovals")));

        var yesterday = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-1);
        await ChangeMembershipAsync(host, db => db.UpsertRegionLeaveAsync(DemoOrgans.Zhaoqing.RegionCode, yesterday, 2));

        var read = await (await yulin.GetAsync($"{ListsHost.Path}/{id}")).ReadAsAsync<JsonElement>(HttpStatusCode.OK);
        Assert.Equal(["coordinator:441200"], ListsHost.Strings(read.GetProperty("blockedApprovals")));
    }

    private static async Task ChangeMembershipAsync(ServiceHost<ListsServiceMarker> host, Func<ServiceDbContext, Task<bool>> change)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ServiceDbContext>();
        Assert.True(await change(db));
        await db.SaveChangesAsync();
    }
}
