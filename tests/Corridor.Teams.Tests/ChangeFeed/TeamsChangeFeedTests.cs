using System.Net;
using System.Text.Json;
using Corridor.BuildingBlocks.ChangeFeed;
using Corridor.Teams.Tests.Integration;
using Corridor.Testing;
using Corridor.TestKit;

namespace Corridor.Teams.Tests.ChangeFeed;

/// <summary>
/// The Teams change feed: a team, and its roster (phones masked) to those who may see the roster over REST and gRPC;
/// every entry and the state listing hash the content as the caller is given it.
/// </summary>
[Collection(SharedRabbitMq.CollectionName)]
public sealed class TeamsChangeFeedTests(SharedRabbitMq rabbitMq)
{
    [SkippableFact]
    public async Task Registration_and_roster_changes_are_journaled_with_phones_masked_and_the_state_matches()
    {
        await using var host = await TeamsHost.StartAsync(await rabbitMq.CreateVirtualHostAsync());
        var teamId = await RegisterWithLeaderAsync(host);

        // Coordinators see every region's rosters, as over REST.
        using var reader = host.CreateRestClient(TestTokens.Coordinator(DemoOrgans.Zhaoqing));
        var feed = await (await reader.GetAsync("/api/v1/teams/changes")).ReadAsAsync<JsonElement>(HttpStatusCode.OK);
        var changes = feed.GetProperty("changes").EnumerateArray().ToList();

        Assert.Equal(["Created", "Updated"], changes.Select(c => c.GetProperty("kind").GetString()));
        Assert.All(changes, c => Assert.Equal(("team", teamId, DemoOrgans.Qinzhou.RegionCode), (c.GetProperty("recordType").GetString(), c.GetProperty("recordId").GetGuid(), c.GetProperty("region").GetString())));
        var member = Assert.Single(changes[1].GetProperty("content").GetProperty("members").EnumerateArray());
        Assert.Equal(("黄书记", "138****1234"), (member.GetProperty("personName").GetString(), member.GetProperty("phone").GetString()));
        Assert.DoesNotContain("0777-1234", changes[1].GetProperty("content").GetRawText(), StringComparison.Ordinal);
        Assert.False(changes[1].GetProperty("content").TryGetProperty("readiness", out _));

        var state = await (await reader.GetAsync("/api/v1/teams/changes/state")).ReadAsAsync<JsonElement>(HttpStatusCode.OK);
        var record = Assert.Single(state.GetProperty("records").EnumerateArray());
        Assert.Equal(
            (changes[1].GetProperty("version").GetInt64(), changes[1].GetProperty("contentHash").GetString()),
            (record.GetProperty("version").GetInt64(), record.GetProperty("contentHash").GetString()));
        Assert.Equal(ChangeContent.Hash(changes[1].GetProperty("content").GetRawText()), record.GetProperty("contentHash").GetString());
    }

    [SkippableFact]
    public async Task Another_regions_member_gets_the_team_without_its_roster_hashed_as_served_as_REST_refuses_the_roster()
    {
        await using var host = await TeamsHost.StartAsync(await rabbitMq.CreateVirtualHostAsync());
        var teamId = await RegisterWithLeaderAsync(host);
        using var reader = host.CreateRestClient(TestTokens.Member(DemoOrgans.Zhaoqing));

        var roster = await reader.GetAsync($"{TeamsHost.Path}/{teamId}/members");
        var feed = await (await reader.GetAsync("/api/v1/teams/changes")).ReadAsAsync<JsonElement>(HttpStatusCode.OK);
        var changes = feed.GetProperty("changes").EnumerateArray().ToList();
        var state = await (await reader.GetAsync("/api/v1/teams/changes/state")).ReadAsAsync<JsonElement>(HttpStatusCode.OK);

        Assert.Equal(HttpStatusCode.Forbidden, roster.StatusCode);
        Assert.Equal(["Created", "Updated"], changes.Select(c => c.GetProperty("kind").GetString()));
        Assert.All(changes, c =>
        {
            var content = c.GetProperty("content");
            Assert.False(content.TryGetProperty("members", out _), content.GetRawText());
            Assert.DoesNotContain("黄书记", content.GetRawText(), StringComparison.Ordinal);
            Assert.Equal(teamId, content.GetProperty("id").GetGuid());
            Assert.Equal(ChangeContent.Hash(content.GetRawText()), c.GetProperty("contentHash").GetString());
        });
        var record = Assert.Single(state.GetProperty("records").EnumerateArray());
        Assert.Equal(changes[1].GetProperty("contentHash").GetString(), record.GetProperty("contentHash").GetString());
    }

    private static async Task<Guid> RegisterWithLeaderAsync(ServiceHost<TeamsServiceMarker> host)
    {
        var teamId = await TeamsHost.RegisterAsync(host, DemoOrgans.Qinzhou);
        using var owner = host.CreateRestClient(TestTokens.Member(DemoOrgans.Qinzhou));
        await (await owner.PostJsonAsync($"{TeamsHost.Path}/{teamId}/members", new
        {
            personName = "黄书记",
            organId = DemoOrgans.Qinzhou.Id,
            role = "Leader",
            partyMember = true,
            phone = "138-0777-1234",
            joinedOn = "2026-03-10",
        })).ReadAsAsync<JsonElement>(HttpStatusCode.Created);
        return teamId;
    }
}
