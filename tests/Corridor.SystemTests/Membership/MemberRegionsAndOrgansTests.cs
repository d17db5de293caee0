using System.Net;
using System.Text.Json;
using Corridor.BuildingBlocks.Domain;
using Corridor.BuildingBlocks.Security;
using Corridor.Testing;
using Corridor.TestKit;

namespace Corridor.SystemTests.Membership;

/// <summary>
/// The directory is data, not a release (issue 17): a region that joins through the Directory's API and its new organ
/// submit lists at once, and a region's sync client files for any organ of its region and for no other region's.
/// </summary>
[Collection(SharedRabbitMq.CollectionName)]
public sealed class MemberRegionsAndOrgansTests(SharedRabbitMq rabbitMq)
{
    private const string Beihai = "450500";

    [SkippableFact]
    public async Task A_region_joined_through_the_API_and_its_new_organ_raise_a_problem_at_once_named_in_the_view()
    {
        var broker = await rabbitMq.GetBrokerAsync();
        await using var system = await CorridorSystem.StartAsync(await broker.CreateVirtualHostAsync());
        using var secretariat = system.Directory.CreateRestClient(TestTokens.Secretariat());
        var committee = new DemoOrgan(UnifiedSocialCreditCode.Create('1', '1', Beihai, "GW" + Beihai), "北海市直属机关工作委员会", Beihai);
        using var newcomer = system.Lists.CreateRestClient(TestTokens.Member(committee));

        var before = await (await newcomer.PostJsonAsync("/api/v1/problems", ProblemBody("北海港集装箱堆场不足"))).ReadProblemAsync(HttpStatusCode.Forbidden);
        Assert.Equal("problem.not-a-member", before.GetProperty("code").GetString());

        await (await secretariat.PostJsonAsync($"/api/v1/regions/{Beihai}/join", new { joinedOn = "2026-01-01", role = "成员单位" })).ReadAsAsync<JsonElement>(HttpStatusCode.OK);
        await (await secretariat.PostJsonAsync("/api/v1/organs", new
        {
            organId = committee.Id,
            regionCode = Beihai,
            fullName = committee.Name,
            shortName = "市直机关工委",
            level = "Municipal",
            kind = "WorkingCommittee",
        })).ReadAsAsync<JsonElement>(HttpStatusCode.Created);

        // No wait for the events: Lists asks the Directory about a region and an organ it has not heard of yet.
        var raised = await (await newcomer.PostJsonAsync("/api/v1/problems", ProblemBody("北海港集装箱堆场不足"))).ReadAsAsync<JsonElement>(HttpStatusCode.Created);
        Assert.Equal((Beihai, committee.Id), (raised.GetProperty("raisedByRegionCode").GetString(), raised.GetProperty("raisedByOrganId").GetString()));

        // The name comes with the OrganRegistered event into Lists' read model.
        var path = $"/api/v1/problems/{raised.GetProperty("id").GetString()}";
        await Eventually.TrueAsync(
            async () => (await (await newcomer.GetAsync(path)).ReadAsAsync<JsonElement>(HttpStatusCode.OK)).GetProperty("raisedByOrganName").GetString() == committee.Name,
            TimeSpan.FromSeconds(30),
            "the problem's view names the new organ");
    }

    [SkippableFact]
    public async Task A_sync_client_files_problems_for_two_organs_of_its_region_and_is_refused_another_regions_organ()
    {
        var broker = await rabbitMq.GetBrokerAsync();
        await using var system = await CorridorSystem.StartAsync(await broker.CreateVirtualHostAsync());
        using var client = system.Lists.CreateRestClient(TestTokens.For(DemoOrgans.Yulin, CorridorRoles.Member, CorridorRoles.SyncClient));

        var own = await (await SendAsync(client, DemoOrgans.Yulin, "玉林—肇庆冷链物流通道运力不足")).ReadAsAsync<JsonElement>(HttpStatusCode.Created);
        var bureau = await (await SendAsync(client, DemoOrgans.YulinBureau, "玉林商贸物流园缺少保税仓")).ReadAsAsync<JsonElement>(HttpStatusCode.Created);
        var other = await (await SendAsync(client, DemoOrgans.Zhaoqing, "肇庆新区用地指标紧张")).ReadProblemAsync(HttpStatusCode.Forbidden);

        Assert.Equal((DemoOrgans.Yulin.Id, DemoOrgans.Yulin.Name), (own.GetProperty("raisedByOrganId").GetString(), own.GetProperty("raisedByOrganName").GetString()));
        Assert.Equal((DemoOrgans.YulinBureau.Id, DemoOrgans.YulinBureau.Name), (bureau.GetProperty("raisedByOrganId").GetString(), bureau.GetProperty("raisedByOrganName").GetString()));
        Assert.Equal("organ-of-another-region", other.GetProperty("code").GetString());
    }

    private static Task<HttpResponseMessage> SendAsync(HttpClient client, DemoOrgan organ, string title)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/problems") { Content = System.Net.Http.Json.JsonContent.Create(ProblemBody(title)) };
        request.Headers.Add(ActingOrgan.Header, organ.Id);
        return client.SendAsync(request);
    }

    private static object ProblemBody(string title) => new { title, description = "港口与物流协作中的堵点", category = "Logistics", severity = "Medium" };
}
