using System.Net;
using System.Text.Json;
using Corridor.Lists.Tests.Integration;
using Corridor.Testing;
using Corridor.TestKit;

namespace Corridor.Lists.Tests.Matching;

/// <summary>GET /api/v1/problems/{id}/suggestions over resources and a problem made through the REST API.</summary>
[Collection(SharedRabbitMq.CollectionName)]
public sealed class SuggestionsApiTests(SharedRabbitMq rabbitMq)
{
    [SkippableFact]
    public async Task Suggestions_rank_available_resources_with_scores_and_reasons_and_leave_out_withdrawn_and_expired_ones()
    {
        await using var host = await ListsHost.StartAsync(await rabbitMq.CreateVirtualHostAsync());
        using var yulin = host.CreateRestClient(TestTokens.Member(DemoOrgans.Yulin));
        using var qinzhou = host.CreateRestClient(TestTokens.Member(DemoOrgans.Qinzhou));
        using var zhanjiang = host.CreateRestClient(TestTokens.Member(DemoOrgans.Zhanjiang));
        var from = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-30).ToString("yyyy-MM-dd");
        var to = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(300).ToString("yyyy-MM-dd");

        async Task<Guid> OfferAsync(HttpClient client, string title, string category, string? validTo = null) =>
            (await (await client.PostJsonAsync("/api/v1/resources", new { title, category, capacity = 100m, unit = "TEU/月", validFrom = from, validTo = validTo ?? to }))
                .ReadAsAsync<JsonElement>(HttpStatusCode.Created)).GetProperty("id").GetGuid();

        var province = await OfferAsync(qinzhou, "钦州港 集装箱舱位", "LogisticsCapacity");
        var sameRegion = await OfferAsync(yulin, "玉林 集装箱舱位", "LogisticsCapacity");
        var otherMember = await OfferAsync(zhanjiang, "湛江港 集装箱舱位", "LogisticsCapacity");
        var wrongKind = await OfferAsync(zhanjiang, "人才培训", "TalentAndExpertise");
        var withdrawn = await OfferAsync(yulin, "玉林 集装箱舱位（旧）", "LogisticsCapacity");
        await (await yulin.PostJsonAsync($"/api/v1/resources/{withdrawn}/withdraw", new { reason = "停运" })).ReadAsAsync<JsonElement>(HttpStatusCode.OK);
        await OfferAsync(yulin, "玉林 集装箱舱位（过期）", "LogisticsCapacity", validTo: DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-1).ToString("yyyy-MM-dd"));
        var problem = (await (await yulin.PostJsonAsync("/api/v1/problems", new { title = "集装箱舱位不足", description = "出口旺季订舱难", category = "Logistics", severity = "Medium" }))
            .ReadAsAsync<JsonElement>(HttpStatusCode.Created)).GetProperty("id").GetGuid();

        var suggestions = await (await qinzhou.GetAsync($"/api/v1/problems/{problem}/suggestions")).ReadAsAsync<JsonElement>(HttpStatusCode.OK);

        Assert.Equal([sameRegion, province, otherMember, wrongKind], suggestions.EnumerateArray().Select(s => s.GetProperty("resource").GetProperty("id").GetGuid()));
        var best = suggestions[0];
        var reasons = best.GetProperty("reasons").EnumerateArray().ToArray();
        Assert.Equal(best.GetProperty("score").GetInt32(), reasons.Sum(r => r.GetProperty("weight").GetInt32()));
        Assert.Equal(["category", "proximity", "capacity", "validity", "text"], reasons.Select(r => r.GetProperty("factor").GetString()));
        Assert.All(reasons, r => Assert.False(string.IsNullOrWhiteSpace(r.GetProperty("explanation").GetString())));
        Assert.Equal(0, suggestions[3].GetProperty("reasons")[0].GetProperty("weight").GetInt32());

        Assert.Single((await (await qinzhou.GetAsync($"/api/v1/problems/{problem}/suggestions?limit=1")).ReadAsAsync<JsonElement>(HttpStatusCode.OK)).EnumerateArray());
        await (await qinzhou.GetAsync($"/api/v1/problems/{problem}/suggestions?limit=101")).ReadProblemAsync(HttpStatusCode.BadRequest);
        await (await qinzhou.GetAsync($"/api/v1/problems/{Guid.NewGuid()}/suggestions")).ReadProblemAsync(HttpStatusCode.NotFound);
    }
}
