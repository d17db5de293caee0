using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Corridor.Contracts.Events;
using Corridor.Lists.Infrastructure;
using Corridor.Lists.Tests.Integration;
using Corridor.Testing;
using Corridor.TestKit;
using Microsoft.EntityFrameworkCore;
using Xunit.Abstractions;

namespace Corridor.Lists.Tests.Submissions;

/// <summary>POST /api/v1/resources/batch over real SQLite, with the events on real RabbitMQ.</summary>
[Collection(SharedRabbitMq.CollectionName)]
public sealed class ResourceBatchTests(SharedRabbitMq rabbitMq, ITestOutputHelper output)
{
    private static readonly TimeSpan EventTimeout = TimeSpan.FromSeconds(60);

    [SkippableFact]
    public async Task A_10000_item_batch_with_5_percent_invalid_stores_exactly_the_valid_ones_and_a_resubmission_is_all_unchanged()
    {
        var vhost = await rabbitMq.CreateVirtualHostAsync();
        await using var offered = await EventProbe.ListenAsync<ResourceOffered>(vhost);
        await using var host = await ListsHost.StartAsync(vhost);
        using var yulin = host.CreateRestClient(TestTokens.Member(DemoOrgans.Yulin));
        var (items, invalid) = ResourceItems.WithFivePercentInvalid(10_000);

        var watch = Stopwatch.StartNew();
        var first = await (await yulin.PostJsonAsync(ResourceItems.Batch, new { items })).ReadAsAsync<JsonElement>(HttpStatusCode.OK);
        output.WriteLine($"10,000-item batch, first submission: {watch.ElapsedMilliseconds} ms");

        Assert.Equal(10_000, first.GetProperty("total").GetInt32());
        Assert.Equal(9_500, first.GetProperty("created").GetInt32());
        Assert.Equal(500, first.GetProperty("rejected").GetInt32());
        var results = first.GetProperty("items").EnumerateArray().ToArray();
        for (var i = 0; i < results.Length; i++)
        {
            Assert.Equal(i, results[i].GetProperty("index").GetInt32());
            if (invalid.TryGetValue(i, out var field))
            {
                Assert.Equal("rejected", results[i].GetProperty("outcome").GetString());
                Assert.Equal(JsonValueKind.Null, results[i].GetProperty("id").ValueKind);
                Assert.Contains(results[i].GetProperty("errors").EnumerateArray(), e => e.GetProperty("field").GetString() == field);
            }
            else
            {
                Assert.Equal("created", results[i].GetProperty("outcome").GetString());
                Assert.Equal($"YL-R-{i:D5}", results[i].GetProperty("externalReference").GetString());
                Assert.Empty(results[i].GetProperty("errors").EnumerateArray());
            }
        }

        var stored = await host.QueryAsync<ListsDbContext, List<string?>>(db => db.Resources.Select(r => r.ExternalReference).ToListAsync());
        var expected = Enumerable.Range(0, 10_000).Where(i => !invalid.ContainsKey(i)).Select(i => $"YL-R-{i:D5}").ToHashSet();
        Assert.Equal(9_500, stored.Count);
        Assert.True(expected.SetEquals(stored!), "Exactly the valid items are stored.");
        Assert.Equal(9_500, await host.QueryAsync<ListsDbContext, int>(db => db.OutboxMessages.CountAsync()));
        var someId = results[9_999].GetProperty("id").GetGuid();
        await offered.WaitForAsync(m => m.GetProperty("resourceId").GetGuid() == someId, EventTimeout, "the last created resource is published");

        watch.Restart();
        var again = await (await yulin.PostJsonAsync(ResourceItems.Batch, new { items })).ReadAsAsync<JsonElement>(HttpStatusCode.OK);
        output.WriteLine($"10,000-item batch, resubmission (all unchanged): {watch.ElapsedMilliseconds} ms");

        Assert.Equal(9_500, again.GetProperty("unchanged").GetInt32());
        Assert.Equal(500, again.GetProperty("rejected").GetInt32());
        Assert.Equal(0, again.GetProperty("created").GetInt32() + again.GetProperty("updated").GetInt32());
        Assert.All(again.GetProperty("items").EnumerateArray().Where(r => r.GetProperty("outcome").GetString() != "rejected"),
            r => Assert.Equal(results[r.GetProperty("index").GetInt32()].GetProperty("id").GetGuid(), r.GetProperty("id").GetGuid()));
        Assert.Equal(9_500, await host.QueryAsync<ListsDbContext, int>(db => db.OutboxMessages.CountAsync()));
    }

    [SkippableFact]
    public async Task The_same_Idempotency_Key_replays_the_first_answer_and_refuses_another_body()
    {
        var vhost = await rabbitMq.CreateVirtualHostAsync();
        await using var updated = await EventProbe.ListenAsync<ResourceUpdated>(vhost);
        await using var host = await ListsHost.StartAsync(vhost);
        using var yulin = host.CreateRestClient(TestTokens.Member(DemoOrgans.Yulin));
        var items = Enumerable.Range(0, 20).Select(ResourceItems.Valid).ToList();
        var body = JsonSerializer.Serialize(new { items });

        using var first = await PostAsync(yulin, body, "batch-0001");
        var firstBody = await first.Content.ReadAsByteArrayAsync();
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.False(first.Headers.Contains("Idempotency-Replayed"));

        using var replay = await PostAsync(yulin, body, "batch-0001");
        Assert.Equal(HttpStatusCode.OK, replay.StatusCode);
        Assert.Equal("true", Assert.Single(replay.Headers.GetValues("Idempotency-Replayed")));
        Assert.Equal("application/json", replay.Content.Headers.ContentType?.MediaType);
        // A second execution would say "unchanged"; the replay repeats "created" byte for byte.
        Assert.Equal(firstBody, await replay.Content.ReadAsByteArrayAsync());
        Assert.Equal(20, JsonDocument.Parse(firstBody).RootElement.GetProperty("created").GetInt32());

        items[3]["capacity"] = 999m;
        var changedBody = JsonSerializer.Serialize(new { items });
        var refused = await (await PostAsync(yulin, changedBody, "batch-0001")).ReadProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal("idempotency.key-reused", refused.GetProperty("code").GetString());
        Assert.Equal(20, await host.QueryAsync<ListsDbContext, int>(db => db.OutboxMessages.CountAsync()));

        var applied = await (await PostAsync(yulin, changedBody, "batch-0002")).ReadAsAsync<JsonElement>(HttpStatusCode.OK);
        Assert.Equal(1, applied.GetProperty("updated").GetInt32());
        Assert.Equal(19, applied.GetProperty("unchanged").GetInt32());
        var changed = applied.GetProperty("items")[3];
        Assert.Equal("updated", changed.GetProperty("outcome").GetString());
        var changedId = changed.GetProperty("id").GetGuid();
        var published = await updated.WaitForAsync(m => m.GetProperty("resourceId").GetGuid() == changedId, EventTimeout, "the updated resource is published");
        // MassTransit writes decimals as JSON strings.
        Assert.Equal("999", published.Message.GetProperty("capacity").ToString());
        Assert.Equal(2, published.Message.GetProperty("aggregateVersion").GetInt64());
        Assert.Equal(21, await host.QueryAsync<ListsDbContext, int>(db => db.OutboxMessages.CountAsync()));
    }

    [SkippableFact]
    public async Task Another_region_with_the_same_external_references_gets_its_own_records()
    {
        var vhost = await rabbitMq.CreateVirtualHostAsync();
        await using var host = await ListsHost.StartAsync(vhost);
        var items = Enumerable.Range(0, 3).Select(ResourceItems.Valid).ToList();
        using var yulin = host.CreateRestClient(TestTokens.Member(DemoOrgans.Yulin));
        using var zhanjiang = host.CreateRestClient(TestTokens.Member(DemoOrgans.Zhanjiang));

        await (await yulin.PostJsonAsync(ResourceItems.Batch, new { items })).ReadAsAsync<JsonElement>(HttpStatusCode.OK);
        var theirs = await (await zhanjiang.PostJsonAsync(ResourceItems.Batch, new { items })).ReadAsAsync<JsonElement>(HttpStatusCode.OK);

        Assert.Equal(3, theirs.GetProperty("created").GetInt32());
        var regions = await host.QueryAsync<ListsDbContext, List<string>>(db => db.Resources.Select(r => r.RegionCode).ToListAsync());
        Assert.Equal(3, regions.Count(r => r == DemoOrgans.Yulin.RegionCode));
        Assert.Equal(3, regions.Count(r => r == DemoOrgans.Zhanjiang.RegionCode));
    }

    [SkippableFact]
    public async Task A_body_that_is_not_a_batch_is_refused_with_problem_json_and_nothing_is_stored()
    {
        var vhost = await rabbitMq.CreateVirtualHostAsync();
        await using var host = await ListsHost.StartAsync(vhost);
        using var yulin = host.CreateRestClient(TestTokens.Member(DemoOrgans.Yulin));

        var noItems = await (await PostAsync(yulin, "{\"rows\":[]}", null)).ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(noItems.GetProperty("errors").TryGetProperty("items", out _));
        var tooMany = JsonSerializer.Serialize(new { items = Enumerable.Range(0, 10_001).Select(_ => new { }) });
        var refused = await (await PostAsync(yulin, tooMany, null)).ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(refused.GetProperty("errors").TryGetProperty("items", out _));
        await (await PostAsync(yulin, "{\"items\": [", null)).ReadProblemAsync(HttpStatusCode.BadRequest);

        var badItem = await (await PostAsync(yulin, "{\"items\":[{\"externalReference\":\"X-1\",\"capacity\":\"lots\"}, null]}", null)).ReadAsAsync<JsonElement>(HttpStatusCode.OK);
        Assert.Equal(2, badItem.GetProperty("rejected").GetInt32());
        Assert.Equal("capacity", badItem.GetProperty("items")[0].GetProperty("errors")[0].GetProperty("field").GetString());
        Assert.Equal("item", badItem.GetProperty("items")[1].GetProperty("errors")[0].GetProperty("field").GetString());
        Assert.Equal(0, await host.QueryAsync<ListsDbContext, int>(db => db.Resources.CountAsync()));
        Assert.Equal(0, await host.QueryAsync<ListsDbContext, int>(db => db.OutboxMessages.CountAsync()));
    }

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string body, string? idempotencyKey)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, ResourceItems.Batch)
        {
            Content = new StringContent(body, Encoding.UTF8, new MediaTypeHeaderValue("application/json")),
        };
        if (idempotencyKey is not null)
        {
            request.Headers.Add("Idempotency-Key", idempotencyKey);
        }

        return await client.SendAsync(request);
    }
}
