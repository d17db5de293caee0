using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Corridor.Contracts.Events;
using Corridor.Lists.Infrastructure;
using Corridor.Lists.Tests.Integration;
using Corridor.Testing;
using Corridor.TestKit;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Lists.Tests.Resources;

/// <summary>/api/v1/resources on one Lists host over real SQLite, with the events on the real broker.</summary>
[Collection(SharedRabbitMq.CollectionName)]
public sealed class ResourcesApiTests(SharedRabbitMq rabbitMq)
{
    private const string Path = "/api/v1/resources";
    private static readonly TimeSpan EventTimeout = TimeSpan.FromSeconds(30);

    [SkippableFact]
    public async Task Offer_update_and_withdraw_with_ETags_ownership_and_events()
    {
        var vhost = await rabbitMq.CreateVirtualHostAsync();
        await using var offered = await EventProbe.ListenAsync<ResourceOffered>(vhost);
        await using var updated = await EventProbe.ListenAsync<ResourceUpdated>(vhost);
        await using var withdrawn = await EventProbe.ListenAsync<ResourceWithdrawn>(vhost);
        await using var host = await ListsHost.StartAsync(vhost);
        using var qinzhou = host.CreateRestClient(TestTokens.Member(DemoOrgans.Qinzhou));
        using var zhanjiang = host.CreateRestClient(TestTokens.Member(DemoOrgans.Zhanjiang));

        using var create = await qinzhou.PostJsonAsync(Path, Body());
        var created = await create.ReadAsAsync<JsonElement>(HttpStatusCode.Created);
        var id = created.GetProperty("id").GetGuid();
        Assert.Equal($"{Path}/{id}", create.Headers.Location?.OriginalString);
        Assert.Equal("\"v1\"", create.Headers.ETag?.Tag);
        Assert.Equal(("Available", "LogisticsCapacity", 1200.5m), (created.GetProperty("status").GetString(), created.GetProperty("category").GetString(), created.GetProperty("capacity").GetDecimal()));
        Assert.Equal((DemoOrgans.Qinzhou.Id, "450700"), (created.GetProperty("organId").GetString(), created.GetProperty("regionCode").GetString()));
        var offeredEvent = await offered.WaitForAsync(m => m.GetProperty("resourceId").GetGuid() == id, EventTimeout, "ResourceOffered is published");
        Assert.Equal("2026-12-31", offeredEvent.Message.GetProperty("validTo").GetString());

        var notOwner = await (await Send(zhanjiang, HttpMethod.Put, $"{Path}/{id}", Body(capacity: 1m), "\"v1\"")).ReadProblemAsync(HttpStatusCode.Forbidden);
        Assert.Equal("resource.not-owner", notOwner.GetProperty("code").GetString());
        Assert.Contains("450700", notOwner.GetProperty("detail").GetString(), StringComparison.Ordinal);
        var stale = await (await Send(qinzhou, HttpMethod.Put, $"{Path}/{id}", Body(capacity: 900m), "\"v0\"")).ReadProblemAsync(HttpStatusCode.PreconditionFailed);
        Assert.Equal("stale-version", stale.GetProperty("code").GetString());
        var invalid = await (await qinzhou.PutAsJsonAsync($"{Path}/{id}", Body(capacity: -1m) with { Category = "ships", ValidTo = "2025-01-01" })).ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(["Capacity", "Category", "ValidTo"], invalid.GetProperty("errors").EnumerateObject().Select(e => e.Name).Order(StringComparer.Ordinal));

        using var update = await Send(qinzhou, HttpMethod.Put, $"{Path}/{id}", Body(capacity: 900m), "\"v1\"");
        var afterUpdate = await update.ReadAsAsync<JsonElement>(HttpStatusCode.OK);
        Assert.Equal((900m, 2L), (afterUpdate.GetProperty("capacity").GetDecimal(), afterUpdate.GetProperty("version").GetInt64()));
        Assert.Equal("\"v2\"", update.Headers.ETag?.Tag);
        var updatedEvent = await updated.WaitForAsync(m => m.GetProperty("resourceId").GetGuid() == id, EventTimeout, "ResourceUpdated is published");
        // MassTransit's serializer writes decimals as JSON strings, exactly.
        Assert.Equal("900", updatedEvent.Message.GetProperty("capacity").GetString());

        var otherWithdraws = await (await zhanjiang.PostJsonAsync($"{Path}/{id}/withdraw", new { reason = "不要了" })).ReadProblemAsync(HttpStatusCode.Forbidden);
        Assert.Equal("resource.not-owner", otherWithdraws.GetProperty("code").GetString());
        await (await qinzhou.PostJsonAsync($"{Path}/{id}/withdraw", new { reason = "" })).ReadProblemAsync(HttpStatusCode.BadRequest);
        var afterWithdraw = await (await qinzhou.PostJsonAsync($"{Path}/{id}/withdraw", new { reason = "航线调整" })).ReadAsAsync<JsonElement>(HttpStatusCode.OK);
        Assert.Equal(("Withdrawn", "航线调整"), (afterWithdraw.GetProperty("status").GetString(), afterWithdraw.GetProperty("withdrawalReason").GetString()));
        await withdrawn.WaitForAsync(m => m.GetProperty("resourceId").GetGuid() == id && m.GetProperty("reason").GetString() == "航线调整", EventTimeout, "ResourceWithdrawn is published");
        var closed = await (await Send(qinzhou, HttpMethod.Put, $"{Path}/{id}", Body(capacity: 1m), "\"v3\"")).ReadProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("resource.closed", closed.GetProperty("code").GetString());

        using var get = await zhanjiang.GetAsync($"{Path}/{id}");
        var current = await get.ReadAsAsync<JsonElement>(HttpStatusCode.OK);
        Assert.Equal(("Withdrawn", 900m, 3L), (current.GetProperty("status").GetString(), current.GetProperty("capacity").GetDecimal(), current.GetProperty("version").GetInt64()));
        Assert.Equal("\"v3\"", get.Headers.ETag?.Tag);
        await (await zhanjiang.GetAsync($"{Path}/{Guid.NewGuid()}")).ReadProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal(3, await host.QueryAsync<ListsDbContext, int>(db => db.OutboxMessages.CountAsync()));
    }

    [SkippableFact]
    public async Task Upsert_by_external_reference_answers_created_updated_and_unchanged_per_region()
    {
        var vhost = await rabbitMq.CreateVirtualHostAsync();
        await using var updated = await EventProbe.ListenAsync<ResourceUpdated>(vhost);
        await using var host = await ListsHost.StartAsync(vhost);
        using var qinzhou = host.CreateRestClient(TestTokens.Member(DemoOrgans.Qinzhou));
        using var zhanjiang = host.CreateRestClient(TestTokens.Member(DemoOrgans.Zhanjiang));
        var byRef = $"{Path}/by-ref/QZ-2026-001";

        using var first = await qinzhou.PutAsJsonAsync(byRef, Body());
        var created = await first.ReadAsAsync<JsonElement>(HttpStatusCode.Created);
        var id = created.GetProperty("resource").GetProperty("id").GetGuid();
        Assert.Equal("Created", created.GetProperty("outcome").GetString());
        Assert.Equal("QZ-2026-001", created.GetProperty("resource").GetProperty("externalReference").GetString());
        Assert.Equal($"{Path}/{id}", first.Headers.Location?.OriginalString);

        var same = await (await qinzhou.PutAsJsonAsync(byRef, Body())).ReadAsAsync<JsonElement>(HttpStatusCode.OK);
        Assert.Equal(("Unchanged", 1L), (same.GetProperty("outcome").GetString(), same.GetProperty("resource").GetProperty("version").GetInt64()));
        var stale = await (await Send(qinzhou, HttpMethod.Put, byRef, Body(capacity: 5m), "\"v7\"")).ReadProblemAsync(HttpStatusCode.PreconditionFailed);
        Assert.Equal("stale-version", stale.GetProperty("code").GetString());
        var missing = await (await qinzhou.PutAsJsonAsync(byRef, Body(capacity: 5m))).ReadProblemAsync((HttpStatusCode)428);
        Assert.Equal("precondition-required", missing.GetProperty("code").GetString());
        using var change = await Send(qinzhou, HttpMethod.Put, byRef, Body(capacity: 5m), "\"v1\"");
        var changed = await change.ReadAsAsync<JsonElement>(HttpStatusCode.OK);
        Assert.Equal(("Updated", id, 2L), (changed.GetProperty("outcome").GetString(), changed.GetProperty("resource").GetProperty("id").GetGuid(), changed.GetProperty("resource").GetProperty("version").GetInt64()));
        Assert.Equal("\"v2\"", change.Headers.ETag?.Tag);
        await updated.WaitForAsync(m => m.GetProperty("resourceId").GetGuid() == id, EventTimeout, "ResourceUpdated is published");

        var otherRegion = await (await zhanjiang.PutAsJsonAsync(byRef, Body())).ReadAsAsync<JsonElement>(HttpStatusCode.Created);
        Assert.NotEqual(id, otherRegion.GetProperty("resource").GetProperty("id").GetGuid());
        var duplicate = await (await qinzhou.PostJsonAsync(Path, Body() with { ExternalReference = "QZ-2026-001" })).ReadProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("resource.duplicate-reference", duplicate.GetProperty("code").GetString());
        var mismatch = await (await qinzhou.PutAsJsonAsync(byRef, Body() with { ExternalReference = "QZ-OTHER" })).ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(mismatch.GetProperty("errors").TryGetProperty("ExternalReference", out _), mismatch.ToString());

        Assert.Equal(2, await host.QueryAsync<ListsDbContext, int>(db => db.Resources.CountAsync()));
        // Offered twice, updated once; the unchanged upsert wrote nothing.
        Assert.Equal(3, await host.QueryAsync<ListsDbContext, int>(db => db.OutboxMessages.CountAsync()));
    }

    [SkippableFact]
    public async Task Listing_filters_and_pages_without_skipping_or_repeating_while_records_are_added()
    {
        await using var host = await ListsHost.StartAsync(await rabbitMq.CreateVirtualHostAsync());
        using var qinzhou = host.CreateRestClient(TestTokens.Member(DemoOrgans.Qinzhou));
        using var zhanjiang = host.CreateRestClient(TestTokens.Member(DemoOrgans.Zhanjiang));
        var ids = new List<Guid>();
        for (var i = 0; i < 7; i++)
        {
            var client = i % 2 == 0 ? qinzhou : zhanjiang;
            var body = Body() with { Title = $"资源 {i}", Category = i < 3 ? "Funding" : "portAndChannel", ValidFrom = i == 6 ? "2027-01-01" : "2026-01-01", ValidTo = i == 6 ? "2027-06-30" : "2026-12-31" };
            ids.Add((await (await client.PostJsonAsync(Path, body)).ReadAsAsync<JsonElement>(HttpStatusCode.Created)).GetProperty("id").GetGuid());
        }

        var seen = new List<Guid>();
        string? cursor = null;
        var pages = 0;
        do
        {
            var page = await (await qinzhou.GetAsync($"{Path}?limit=3" + (cursor is null ? "" : $"&cursor={cursor}"))).ReadAsAsync<JsonElement>(HttpStatusCode.OK);
            seen.AddRange(page.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("id").GetGuid()));
            cursor = page.GetProperty("nextCursor").GetString();
            if (pages++ == 0)
            {
                ids.Add((await (await zhanjiang.PostJsonAsync(Path, Body() with { Title = "翻页时新增" })).ReadAsAsync<JsonElement>(HttpStatusCode.Created)).GetProperty("id").GetGuid());
            }
        }
        while (cursor is not null);

        Assert.Equal(ids, seen);
        Assert.Equal(3, pages);

        Assert.Equal(ids.Where((_, i) => i % 2 == 0 && i < 7), await Ids(qinzhou, "region=450700"));
        Assert.Equal(ids.Where((_, i) => i % 2 == 0 && i < 7), await Ids(qinzhou, $"organ={DemoOrgans.Qinzhou.Id}"));
        Assert.Equal(ids.Take(3), await Ids(qinzhou, "category=funding"));
        Assert.Equal([ids[6]], await Ids(qinzhou, "availableOn=2027-03-01"));
        Assert.Equal([ids[7]], await Ids(qinzhou, "q=翻页"));
        Assert.Equal([ids[4]], await Ids(qinzhou, "region=450700&category=PortAndChannel&availableOn=2026-06-01&status=Available&q=资源"));
        Assert.Empty(await Ids(qinzhou, "status=Withdrawn"));

        foreach (var bad in new[] { "limit=201", "limit=0", "limit=x", "cursor=not-a-cursor", "category=ships", "status=1", "availableOn=2026-13-01", "q=" + new string('港', 201) })
        {
            var problem = await (await qinzhou.GetAsync($"{Path}?{bad}")).ReadProblemAsync(HttpStatusCode.BadRequest);
            Assert.True(problem.GetProperty("errors").TryGetProperty(bad.Split('=')[0], out _), problem.ToString());
        }
    }

    private static async Task<List<Guid>> Ids(HttpClient client, string query)
    {
        var page = await (await client.GetAsync($"{Path}?{query}&limit=200")).ReadAsAsync<JsonElement>(HttpStatusCode.OK);
        Assert.Equal(JsonValueKind.Null, page.GetProperty("nextCursor").ValueKind);
        return page.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("id").GetGuid()).ToList();
    }

    private static ResourceBody Body(decimal capacity = 1200.5m) => new(
        "钦州港 集装箱舱位", "每月可向走廊成员提供的海铁联运舱位", "LogisticsCapacity", capacity, "TEU/月", "2026-01-01", "2026-12-31", null);

    private static async Task<HttpResponseMessage> Send(HttpClient client, HttpMethod method, string path, object body, string ifMatch)
    {
        using var request = new HttpRequestMessage(method, path) { Content = JsonContent.Create(body, options: new JsonSerializerOptions(JsonSerializerDefaults.Web)) };
        request.Headers.IfMatch.Add(EntityTagHeaderValue.Parse(ifMatch));
        return await client.SendAsync(request);
    }

    private sealed record ResourceBody(
        string Title, string Description, string Category, decimal Capacity, string Unit, string ValidFrom, string ValidTo, string? ExternalReference);
}
