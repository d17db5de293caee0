using System.Net;
using System.Text.Json;
using Corridor.BuildingBlocks.Batches;
using Corridor.BuildingBlocks.Idempotency;
using Corridor.Contracts.Events;
using Corridor.Testing;
using Corridor.TestKit;

namespace Corridor.DirectoryService.Tests.Integration;

/// <summary>POST /api/v1/organs/batch: each item an upsert by external reference through the single upsert's rules, in one transaction.</summary>
[Collection(SharedRabbitMq.CollectionName)]
public sealed class OrganBatchTests(SharedRabbitMq rabbitMq)
{
    private const string Yulin = "450900";
    private const string Zhanjiang = "440800";
    private const string Batch = $"{DirectoryHost.Organs}/batch";

    [SkippableFact]
    public async Task A_batch_creates_updates_keeps_and_rejects_items_each_by_the_upsert_rules_and_a_replay_changes_nothing()
    {
        var vhost = await rabbitMq.CreateVirtualHostAsync();
        await using var registered = await EventProbe.ListenAsync<OrganRegistered>(vhost);
        await using var host = await DirectoryHost.StartAsync(vhost);
        using var coordinator = host.CreateRestClient(TestTokens.Coordinator(TestOrgans.Organ(Yulin)));
        var kept = TestOrgans.Code(Yulin, 1);
        var renamed = TestOrgans.Code(Yulin, 2);
        await (await coordinator.PutJsonAsync($"{DirectoryHost.Organs}/by-ref/{Yulin}/YL-1", Item("YL-1", Yulin, kept, "中共玉林市委"))).ReadAsAsync<JsonElement>(HttpStatusCode.Created);
        await (await coordinator.PutJsonAsync($"{DirectoryHost.Organs}/by-ref/{Yulin}/YL-2", Item("YL-2", Yulin, renamed, "玉林市旧名称"))).ReadAsAsync<JsonElement>(HttpStatusCode.Created);
        var child = TestOrgans.Code("450902", 4);
        var body = new
        {
            items = new object[]
            {
                Item("YL-1", Yulin, kept, "中共玉林市委"),
                Item("YL-2", Yulin, renamed, "玉林市新名称"),
                Item("YL-3", Yulin, null, "玉林市机关事务管理局"),
                Item("YL-4", Yulin, child, "中共玉林市玉州区委", parent: kept),
                Item("YL-5", Yulin, TestOrgans.Code("450521", 5), "合浦县的机关", level: "Village"),
                Item("YL-3", Yulin, null, "重复的编号"),
                Item("YL-6", Yulin, null, "上级未登记", parent: TestOrgans.Code(Yulin, 77)),
            },
        };

        var result = await (await Requests.SendAsync(coordinator, HttpMethod.Post, Batch, body, idempotencyKey: "yulin-batch-1")).ReadAsAsync<JsonElement>(HttpStatusCode.OK);

        Assert.Equal((7, 2, 1, 1, 3), (result.GetProperty("total").GetInt32(), result.GetProperty("created").GetInt32(), result.GetProperty("updated").GetInt32(),
            result.GetProperty("unchanged").GetInt32(), result.GetProperty("rejected").GetInt32()));
        var items = result.GetProperty("items");
        Assert.Equal(["unchanged", "updated", "created", "created", "rejected", "rejected", "rejected"], items.EnumerateArray().Select(i => i.GetProperty("outcome").GetString()!).ToArray());
        Assert.Equal([kept, renamed, "CX4509000000000001", child], items.EnumerateArray().Take(4).Select(i => i.GetProperty("identifier").GetString()!).ToArray());
        Assert.Equal(["level", "regionCode"], Fields(items[4]));
        Assert.Equal(["externalReference"], Fields(items[5]));
        Assert.Contains("index 2", items[5].GetProperty("errors")[0].GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Contains("organ.parent-unknown", items[6].GetProperty("errors")[0].GetProperty("message").GetString(), StringComparison.Ordinal);

        var organ = await (await coordinator.GetAsync($"{DirectoryHost.Organs}/{renamed}")).ReadAsAsync<JsonElement>(HttpStatusCode.OK);
        Assert.Equal(("玉林市新名称", 2), (organ.GetProperty("fullName").GetString(), organ.GetProperty("version").GetInt32()));
        var history = await (await coordinator.GetAsync($"{DirectoryHost.Organs}/{renamed}/history")).ReadAsAsync<JsonElement>(HttpStatusCode.OK);
        Assert.Equal(["register", "rename"], history.EnumerateArray().Select(h => h.GetProperty("action").GetString()!).ToArray());
        var under = await (await coordinator.GetAsync($"{DirectoryHost.Organs}/{child}")).ReadAsAsync<JsonElement>(HttpStatusCode.OK);
        Assert.Equal((kept, "YL-4"), (under.GetProperty("parentOrganId").GetString(), under.GetProperty("externalReference").GetString()));
        await registered.WaitForAsync(m => m.GetProperty("organ").GetProperty("organId").GetString() == "CX4509000000000001", TimeSpan.FromSeconds(30), "OrganRegistered of a batch item");

        var replay = await Requests.SendAsync(coordinator, HttpMethod.Post, Batch, body, idempotencyKey: "yulin-batch-1");
        Assert.Equal("true", replay.Headers.GetValues(IdempotencyKeys.ReplayedHeader).Single());
        Assert.Equal(result.GetRawText(), (await replay.ReadAsAsync<JsonElement>(HttpStatusCode.OK)).GetRawText());
        var unkeyed = await (await coordinator.PostJsonAsync(Batch, body)).ReadAsAsync<JsonElement>(HttpStatusCode.OK);
        Assert.Equal((0, 0, 4), (unkeyed.GetProperty("created").GetInt32(), unkeyed.GetProperty("updated").GetInt32(), unkeyed.GetProperty("unchanged").GetInt32()));
        var otherBody = await Requests.SendAsync(coordinator, HttpMethod.Post, Batch, new { items = new[] { Item("YL-9", Yulin, null, "别的") } }, idempotencyKey: "yulin-batch-1");
        await otherBody.ReadProblemAsync(HttpStatusCode.UnprocessableEntity);
        var page = await (await coordinator.GetAsync($"{DirectoryHost.Organs}?region={Yulin}&limit=100")).ReadAsAsync<JsonElement>(HttpStatusCode.OK);
        Assert.Equal(4, page.GetProperty("items").EnumerateArray().Count(o => o.GetProperty("externalReference").GetString()?.StartsWith("YL-", StringComparison.Ordinal) == true));
    }

    [SkippableFact]
    public async Task A_coordinator_item_of_another_region_is_refused_the_secretariat_writes_every_region_and_a_member_none()
    {
        await using var host = await DirectoryHost.StartAsync(await rabbitMq.CreateVirtualHostAsync());
        using var coordinator = host.CreateRestClient(TestTokens.Coordinator(TestOrgans.Organ(Yulin)));
        using var secretariat = host.CreateRestClient(TestTokens.Secretariat());
        using var member = host.CreateRestClient(TestTokens.Member(TestOrgans.Organ(Yulin)));
        var body = new { items = new[] { Item("X-1", Yulin, null, "玉林市的机关"), Item("X-1", Zhanjiang, null, "湛江市的机关") } };

        var mixed = await (await coordinator.PostJsonAsync(Batch, body)).ReadAsAsync<JsonElement>(HttpStatusCode.OK);

        Assert.Equal(["created", "rejected"], mixed.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("outcome").GetString()!).ToArray());
        var refusal = mixed.GetProperty("items")[1].GetProperty("errors")[0];
        Assert.Equal("item", refusal.GetProperty("field").GetString());
        Assert.Contains("(organ.other-region)", refusal.GetProperty("message").GetString(), StringComparison.Ordinal);
        var both = await (await secretariat.PostJsonAsync(Batch, body)).ReadAsAsync<JsonElement>(HttpStatusCode.OK);
        Assert.Equal(["unchanged", "created"], both.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("outcome").GetString()!).ToArray());
        Assert.StartsWith("CX4408", both.GetProperty("items")[1].GetProperty("identifier").GetString(), StringComparison.Ordinal);
        var refused = await (await member.PostJsonAsync(Batch, body)).ReadProblemAsync(HttpStatusCode.Forbidden);
        Assert.Equal("role-missing", refused.GetProperty("code").GetString());
    }

    [SkippableFact]
    public async Task A_batch_over_the_limit_or_not_a_batch_is_refused_as_a_whole()
    {
        await using var host = await DirectoryHost.StartAsync(await rabbitMq.CreateVirtualHostAsync());
        using var coordinator = host.CreateRestClient(TestTokens.Coordinator(TestOrgans.Organ(Yulin)));

        var tooMany = await (await coordinator.PostJsonAsync(Batch, new { items = Enumerable.Repeat(new { }, BatchLimits.MaxItems + 1).ToArray() }))
            .ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains($"{BatchLimits.MaxItems}", tooMany.GetProperty("errors").GetProperty("items")[0].GetString(), StringComparison.Ordinal);
        var notABatch = await (await coordinator.PostJsonAsync(Batch, new[] { Item("X-1", Yulin, null, "没有 items") })).ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(notABatch.GetProperty("errors").EnumerateObject().Any());
        var organs = await (await coordinator.GetAsync($"{DirectoryHost.Organs}?region={Yulin}&limit=100")).ReadAsAsync<JsonElement>(HttpStatusCode.OK);
        Assert.DoesNotContain(organs.GetProperty("items").EnumerateArray(), o => o.GetProperty("externalReference").GetString() == "X-1");
    }

    private static object Item(string reference, string region, string? organId, string fullName, string level = "Municipal", string? parent = null) => new
    {
        externalReference = reference,
        organId,
        regionCode = region,
        fullName,
        shortName = fullName[..2],
        level,
        kind = "Organ",
        parentOrganId = parent,
    };

    private static string[] Fields(JsonElement item) =>
        item.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("field").GetString()!).Order(StringComparer.Ordinal).ToArray();
}
