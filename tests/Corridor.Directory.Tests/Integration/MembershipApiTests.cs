using System.Net;
using System.Text.Json;
using Corridor.Contracts.Events;
using Corridor.Testing;
using Corridor.TestKit;

namespace Corridor.DirectoryService.Tests.Integration;

/// <summary>
/// The conference membership through the API: the founding members are seeded, the secretariat admits a region, and
/// an organ of it is registered at once (the acceptance of issue 17: no release to add 北海).
/// </summary>
[Collection(SharedRabbitMq.CollectionName)]
public sealed class MembershipApiTests(SharedRabbitMq rabbitMq)
{
    private const string Beihai = "450500";

    [SkippableFact]
    public async Task A_region_joined_through_the_API_has_an_organ_registered_immediately_and_both_events_reach_their_queues()
    {
        var vhost = await rabbitMq.CreateVirtualHostAsync();
        await using var joinedProbe = await EventProbe.ListenAsync<RegionJoined>(vhost);
        await using var registeredProbe = await EventProbe.ListenAsync<OrganRegistered>(vhost);
        await using var host = await DirectoryHost.StartAsync(vhost);
        using var secretariat = host.CreateRestClient(TestTokens.Secretariat());
        var beihaiCoordinator = TestTokens.Coordinator(TestOrgans.Organ(Beihai));
        var hepuWorkingCommittee = TestOrgans.Code("450521", 11);

        var members = await (await secretariat.GetAsync($"{DirectoryHost.Regions}/members")).ReadAsAsync<JsonElement>(HttpStatusCode.OK);
        Assert.Equal(22, members.GetArrayLength());
        Assert.DoesNotContain(members.EnumerateArray(), r => r.GetProperty("code").GetString() == Beihai);
        using (var coordinator = host.CreateRestClient(beihaiCoordinator))
        {
            var early = await (await coordinator.PostJsonAsync(DirectoryHost.Organs, DirectoryHost.Registration(Beihai, hepuWorkingCommittee)))
                .ReadProblemAsync(HttpStatusCode.Conflict);
            Assert.Equal("organ.region-not-member", early.GetProperty("code").GetString());
            var notSecretariat = await coordinator.PostJsonAsync($"{DirectoryHost.Regions}/{Beihai}/join", new { joinedOn = "2026-01-01" });
            Assert.Equal(HttpStatusCode.Forbidden, notSecretariat.StatusCode);
        }

        var joined = await (await secretariat.PostJsonAsync($"{DirectoryHost.Regions}/{Beihai}/join", new { joinedOn = "2026-01-01", role = "成员单位" }))
            .ReadAsAsync<JsonElement>(HttpStatusCode.OK);
        Assert.Equal(("北海市", "prefecture", true, 1), (joined.GetProperty("name").GetString(), joined.GetProperty("level").GetString(), joined.GetProperty("isMember").GetBoolean(), joined.GetProperty("version").GetInt32()));

        var organ = await DirectoryHost.RegisterAsync(host, beihaiCoordinator, DirectoryHost.Registration(Beihai, hepuWorkingCommittee, "中共合浦县直属机关工作委员会"));
        Assert.Equal((hepuWorkingCommittee, Beihai, "北海市", "CreditCode"), (organ.GetProperty("organId").GetString(), organ.GetProperty("regionCode").GetString(), organ.GetProperty("regionName").GetString(), organ.GetProperty("idKind").GetString()));

        var regionJoined = await joinedProbe.WaitForAsync(m => m.GetProperty("regionCode").GetString() == Beihai, TimeSpan.FromSeconds(30), "RegionJoined for 北海");
        Assert.Equal(("北海市", "2026-01-01"), (regionJoined.Message.GetProperty("regionName").GetString(), regionJoined.Message.GetProperty("joinedOn").GetString()));
        var registered = await registeredProbe.WaitForAsync(
            m => m.GetProperty("organ").GetProperty("organId").GetString() == hepuWorkingCommittee, TimeSpan.FromSeconds(30), "OrganRegistered for the new organ");
        Assert.Equal("中共合浦县直属机关工作委员会", registered.Message.GetProperty("organ").GetProperty("fullName").GetString());
        Assert.Contains(await joinedProbe.ReceivedAsync(), e => e.Message.GetProperty("regionCode").GetString() == "450000"
            && e.Message.GetProperty("role").GetString() == "founding member");
    }

    [SkippableFact]
    public async Task Leaving_ends_the_membership_on_a_day_and_If_Match_guards_it()
    {
        var vhost = await rabbitMq.CreateVirtualHostAsync();
        await using var leftProbe = await EventProbe.ListenAsync<RegionLeft>(vhost);
        await using var host = await DirectoryHost.StartAsync(vhost);
        using var secretariat = host.CreateRestClient(TestTokens.Secretariat());

        var stale = await Requests.SendAsync(secretariat, HttpMethod.Post, $"{DirectoryHost.Regions}/431200/leave", new { leftOn = "2026-03-31" }, ifMatch: 5);
        Assert.Equal(HttpStatusCode.PreconditionFailed, stale.StatusCode);
        var left = await (await Requests.SendAsync(secretariat, HttpMethod.Post, $"{DirectoryHost.Regions}/431200/leave", new { leftOn = "2026-03-31" }, ifMatch: 1))
            .ReadAsAsync<JsonElement>(HttpStatusCode.OK);

        Assert.Equal(("2026-03-31", 2), (left.GetProperty("leftOn").GetString(), left.GetProperty("version").GetInt32()));
        var onTheDay = await (await secretariat.GetAsync($"{DirectoryHost.Regions}/members?asOf=2026-03-31")).ReadAsAsync<JsonElement>(HttpStatusCode.OK);
        var after = await (await secretariat.GetAsync($"{DirectoryHost.Regions}/members?asOf=2026-04-01")).ReadAsAsync<JsonElement>(HttpStatusCode.OK);
        Assert.Contains(onTheDay.EnumerateArray(), r => r.GetProperty("code").GetString() == "431200");
        Assert.DoesNotContain(after.EnumerateArray(), r => r.GetProperty("code").GetString() == "431200");
        await leftProbe.WaitForAsync(m => m.GetProperty("regionCode").GetString() == "431200", TimeSpan.FromSeconds(30), "RegionLeft for 怀化");

        var unknown = await secretariat.GetAsync($"{DirectoryHost.Regions}/459999");
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        var invalid = await (await secretariat.GetAsync($"{DirectoryHost.Regions}/45")).ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(invalid.GetProperty("errors").TryGetProperty("Code", out _), invalid.GetRawText());
    }
}
