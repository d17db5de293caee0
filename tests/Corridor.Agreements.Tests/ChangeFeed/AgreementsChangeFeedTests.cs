using System.Net;
using System.Text.Json;
using Corridor.Agreements.Tests.Integration;
using Corridor.Testing;
using Corridor.TestKit;

namespace Corridor.Agreements.Tests.ChangeFeed;

/// <summary>The Agreements change feed: drafting and the lifecycle's status changes, matching the records now.</summary>
[Collection(SharedRabbitMq.CollectionName)]
public sealed class AgreementsChangeFeedTests(SharedRabbitMq rabbitMq)
{
    [SkippableFact]
    public async Task A_draft_and_its_proposal_are_journaled_and_the_state_listing_matches_the_last_entry()
    {
        await using var host = await AgreementsHost.StartAsync(await rabbitMq.CreateVirtualHostAsync());
        var id = await AgreementsHost.ProposedAsync(host, DemoOrgans.Yulin, DemoOrgans.Zhaoqing);

        using var reader = host.CreateRestClient(TestTokens.Member(DemoOrgans.Hezhou));
        var feed = await (await reader.GetAsync("/api/v1/agreements/changes?limit=1")).ReadAsAsync<JsonElement>(HttpStatusCode.OK);
        var first = Assert.Single(feed.GetProperty("changes").EnumerateArray());
        Assert.True(feed.GetProperty("hasMore").GetBoolean());
        var rest = await (await reader.GetAsync($"/api/v1/agreements/changes?after={feed.GetProperty("next").GetString()}")).ReadAsAsync<JsonElement>(HttpStatusCode.OK);
        var second = Assert.Single(rest.GetProperty("changes").EnumerateArray());

        Assert.Equal((id, "Created", 1L), (first.GetProperty("recordId").GetGuid(), first.GetProperty("kind").GetString(), first.GetProperty("version").GetInt64()));
        Assert.Equal(("StatusChanged", 2L, "PendingSignatures"), (second.GetProperty("kind").GetString(), second.GetProperty("version").GetInt64(), second.GetProperty("content").GetProperty("status").GetString()));
        Assert.Equal(DemoOrgans.Yulin.RegionCode, second.GetProperty("region").GetString());

        var state = await (await reader.GetAsync("/api/v1/agreements/changes/state")).ReadAsAsync<JsonElement>(HttpStatusCode.OK);
        var record = Assert.Single(state.GetProperty("records").EnumerateArray());
        Assert.Equal(("agreement", 2L, second.GetProperty("contentHash").GetString()), (record.GetProperty("recordType").GetString(), record.GetProperty("version").GetInt64(), record.GetProperty("contentHash").GetString()));
    }
}
