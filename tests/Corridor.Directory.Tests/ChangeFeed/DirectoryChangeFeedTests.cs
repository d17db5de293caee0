using System.Net;
using System.Text.Json;
using Corridor.BuildingBlocks.ChangeFeed;
using Corridor.DirectoryService.Tests.Integration;
using Corridor.Testing;
using Corridor.TestKit;

namespace Corridor.DirectoryService.Tests.ChangeFeed;

/// <summary>The Directory change feed carries organs and memberships, never contacts, and its state listing matches it.</summary>
[Collection(SharedRabbitMq.CollectionName)]
public sealed class DirectoryChangeFeedTests(SharedRabbitMq rabbitMq)
{
    [SkippableFact]
    public async Task Organs_and_memberships_are_journaled_without_contacts_and_the_state_matches()
    {
        await using var host = await DirectoryHost.StartAsync(await rabbitMq.CreateVirtualHostAsync());
        var caller = TestTokens.Coordinator(DemoOrgans.Hezhou);
        using var coordinator = host.CreateRestClient(caller);
        var organ = TestOrgans.Code("451100", 5);
        await DirectoryHost.RegisterAsync(host, caller, DirectoryHost.Registration("451100", organ));
        await (await coordinator.PostJsonAsync($"{DirectoryHost.Organs}/{organ}/contacts", new { role = "Office", name = "贺办公室", phone = "0774-5123456" }))
            .ReadAsAsync<JsonElement>(HttpStatusCode.Created);
        await (await coordinator.PostJsonAsync($"{DirectoryHost.Organs}/{organ}/retire", new { reason = "撤并" })).ReadAsAsync<JsonElement>(HttpStatusCode.OK);

        using var reader = host.CreateRestClient(TestTokens.Member(DemoOrgans.Zhaoqing));
        var feed = await (await reader.GetAsync("/api/v1/directory/changes?limit=200")).ReadAsAsync<JsonElement>(HttpStatusCode.OK);
        var changes = feed.GetProperty("changes").EnumerateArray().ToList();

        Assert.Equal(22, changes.Count(c => c.GetProperty("recordType").GetString() == "membership"));
        var organChanges = changes.Where(c => c.GetProperty("recordType").GetString() == "organ").ToList();
        Assert.Equal(["Created", "StatusChanged"], organChanges.Select(c => c.GetProperty("kind").GetString()));
        Assert.All(organChanges, c => Assert.Equal("451100", c.GetProperty("region").GetString()));
        Assert.DoesNotContain(changes, c => c.GetRawText().Contains("5123456", StringComparison.Ordinal) || c.GetRawText().Contains("贺办公室", StringComparison.Ordinal));
        Assert.Equal("Retired", organChanges[1].GetProperty("content").GetProperty("status").GetString());

        var state = await (await reader.GetAsync("/api/v1/directory/changes/state?limit=200")).ReadAsAsync<JsonElement>(HttpStatusCode.OK);
        var record = Assert.Single(state.GetProperty("records").EnumerateArray(), r => r.GetProperty("recordType").GetString() == "organ");
        Assert.Equal(
            (organChanges[1].GetProperty("version").GetInt64(), organChanges[1].GetProperty("contentHash").GetString()),
            (record.GetProperty("version").GetInt64(), record.GetProperty("contentHash").GetString()));
        Assert.Equal(ChangeContent.Hash(organChanges[1].GetProperty("content").GetRawText()), record.GetProperty("contentHash").GetString());
    }
}
