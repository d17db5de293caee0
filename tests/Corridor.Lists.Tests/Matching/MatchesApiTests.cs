using System.Net;
using System.Text.Json;
using Corridor.Contracts.Events;
using Corridor.Lists.Tests.Integration;
using Corridor.Testing;
using Corridor.TestKit;

namespace Corridor.Lists.Tests.Matching;

/// <summary>POST /api/v1/matches and its accept/decline over a real Lists host; the commitment reaches the broker.</summary>
[Collection(SharedRabbitMq.CollectionName)]
public sealed class MatchesApiTests(SharedRabbitMq rabbitMq)
{
    private static readonly TimeSpan EventTimeout = TimeSpan.FromSeconds(30);

    [SkippableFact]
    public async Task Accepted_by_both_organs_a_match_commits_and_reserves_the_resource_and_third_organs_or_second_acceptances_are_refused()
    {
        var vhost = await rabbitMq.CreateVirtualHostAsync();
        await using var commitments = await EventProbe.ListenAsync<CommitmentMade>(vhost);
        await using var releases = await EventProbe.ListenAsync<CommitmentReleased>(vhost);
        await using var host = await ListsHost.StartAsync(vhost);
        using var yulin = host.CreateRestClient(TestTokens.Member(DemoOrgans.Yulin));
        using var zhaoqing = host.CreateRestClient(TestTokens.Member(DemoOrgans.Zhaoqing));
        using var hezhou = host.CreateRestClient(TestTokens.Member(DemoOrgans.Hezhou));
        var problem = (await (await yulin.PostJsonAsync("/api/v1/problems", new { title = "集装箱舱位不足", description = "出口旺季订舱难", category = "Logistics", severity = "Medium" }))
            .ReadAsAsync<JsonElement>(HttpStatusCode.Created)).GetProperty("id").GetGuid();
        var resource = (await (await zhaoqing.PostJsonAsync("/api/v1/resources", new
        {
            title = "肇庆 集装箱舱位",
            category = "LogisticsCapacity",
            capacity = 100m,
            unit = "TEU/月",
            validFrom = DateOnly.FromDateTime(DateTime.UtcNow).ToString("yyyy-MM-dd"),
            validTo = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(90).ToString("yyyy-MM-dd"),
        })).ReadAsAsync<JsonElement>(HttpStatusCode.Created)).GetProperty("id").GetGuid();

        Assert.Equal("match.not-a-party", (await (await hezhou.PostJsonAsync("/api/v1/matches", new { problemId = problem, resourceId = resource }))
            .ReadProblemAsync(HttpStatusCode.Forbidden)).GetProperty("code").GetString());
        await (await yulin.PostJsonAsync("/api/v1/matches", new { problemId = problem })).ReadProblemAsync(HttpStatusCode.BadRequest);
        await (await yulin.PostJsonAsync("/api/v1/matches", new { problemId = Guid.NewGuid(), resourceId = resource })).ReadProblemAsync(HttpStatusCode.NotFound);

        using var propose = await yulin.PostJsonAsync("/api/v1/matches", new { problemId = problem, resourceId = resource });
        var proposed = await propose.ReadAsAsync<JsonElement>(HttpStatusCode.Created);
        var id = proposed.GetProperty("id").GetGuid();
        Assert.Equal($"/api/v1/matches/{id}", propose.Headers.Location?.ToString());
        Assert.Equal("\"v1\"", propose.Headers.ETag?.Tag);
        Assert.Equal("Proposed", proposed.GetProperty("status").GetString());
        Assert.Equal("match.already-proposed", (await (await zhaoqing.PostJsonAsync("/api/v1/matches", new { problemId = problem, resourceId = resource }))
            .ReadProblemAsync(HttpStatusCode.Conflict)).GetProperty("code").GetString());
        var suggestion = (await (await yulin.GetAsync($"/api/v1/problems/{problem}/suggestions")).ReadAsAsync<JsonElement>(HttpStatusCode.OK))
            .EnumerateArray().Single(s => s.GetProperty("resource").GetProperty("id").GetGuid() == resource);
        Assert.Equal(id, suggestion.GetProperty("pendingMatchId").GetGuid());

        Assert.Equal("match.not-a-party", (await (await hezhou.PostAsync($"/api/v1/matches/{id}/accept", null)).ReadProblemAsync(HttpStatusCode.Forbidden)).GetProperty("code").GetString());
        Assert.Equal("match.already-accepted", (await (await yulin.PostAsync($"/api/v1/matches/{id}/accept", null)).ReadProblemAsync(HttpStatusCode.Conflict)).GetProperty("code").GetString());
        await (await zhaoqing.SendAsync(Accept(id, "\"v7\""))).ReadProblemAsync(HttpStatusCode.PreconditionFailed);
        Assert.Empty((await (await yulin.GetAsync($"/api/v1/problems/{problem}/commitments")).ReadAsAsync<JsonElement>(HttpStatusCode.OK)).EnumerateArray());

        using var accept = await zhaoqing.SendAsync(Accept(id, "\"v1\""));
        var committed = await accept.ReadAsAsync<JsonElement>(HttpStatusCode.OK);
        Assert.Equal("Committed", committed.GetProperty("status").GetString());
        Assert.Equal("\"v2\"", accept.Headers.ETag?.Tag);

        var reserved = await (await yulin.GetAsync($"/api/v1/resources/{resource}")).ReadAsAsync<JsonElement>(HttpStatusCode.OK);
        Assert.Equal("Reserved", reserved.GetProperty("status").GetString());
        Assert.Equal("Committed", (await (await hezhou.GetAsync($"/api/v1/matches/{id}")).ReadAsAsync<JsonElement>(HttpStatusCode.OK)).GetProperty("status").GetString());
        Assert.Equal([id], (await (await yulin.GetAsync($"/api/v1/problems/{problem}/commitments")).ReadAsAsync<JsonElement>(HttpStatusCode.OK))
            .EnumerateArray().Select(m => m.GetProperty("id").GetGuid()));
        Assert.Equal("match.illegal-transition", (await (await zhaoqing.PostAsync($"/api/v1/matches/{id}/accept", null)).ReadProblemAsync(HttpStatusCode.Conflict)).GetProperty("code").GetString());
        Assert.Equal("match.illegal-transition", (await (await yulin.PostJsonAsync($"/api/v1/matches/{id}/decline", new { reason = "改主意" })).ReadProblemAsync(HttpStatusCode.Conflict)).GetProperty("code").GetString());

        var made = await commitments.WaitForAsync(m => m.GetProperty("matchId").GetGuid() == id, EventTimeout, "CommitmentMade");
        Assert.Equal(resource, made.Message.GetProperty("resourceId").GetGuid());
        Assert.Equal(problem, made.Message.GetProperty("problemId").GetGuid());
        Assert.Equal(DemoOrgans.Zhaoqing.Id, made.Message.GetProperty("offeringOrganId").GetString());

        Assert.Equal("match.not-a-party", (await (await hezhou.PostJsonAsync($"/api/v1/matches/{id}/release", new { reason = "不需要了" }))
            .ReadProblemAsync(HttpStatusCode.Forbidden)).GetProperty("code").GetString());
        await (await yulin.PostJsonAsync($"/api/v1/matches/{id}/release", new { reason = "" })).ReadProblemAsync(HttpStatusCode.BadRequest);
        using var release = await yulin.PostJsonAsync($"/api/v1/matches/{id}/release", new { reason = "企业已自行解决" });
        var releasedMatch = await release.ReadAsAsync<JsonElement>(HttpStatusCode.OK);
        Assert.Equal(("Released", "企业已自行解决", "\"v3\""), (releasedMatch.GetProperty("status").GetString(), releasedMatch.GetProperty("releaseReason").GetString(), release.Headers.ETag?.Tag));
        Assert.Equal("Available", (await (await yulin.GetAsync($"/api/v1/resources/{resource}")).ReadAsAsync<JsonElement>(HttpStatusCode.OK)).GetProperty("status").GetString());
        Assert.Empty((await (await yulin.GetAsync($"/api/v1/problems/{problem}/commitments")).ReadAsAsync<JsonElement>(HttpStatusCode.OK)).EnumerateArray());
        var released = await releases.WaitForAsync(m => m.GetProperty("matchId").GetGuid() == id, EventTimeout, "CommitmentReleased");
        Assert.Equal(DemoOrgans.Yulin.Id, released.Message.GetProperty("releasedByOrganId").GetString());
    }

    private static HttpRequestMessage Accept(Guid id, string ifMatch)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/matches/{id}/accept");
        request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        return request;
    }
}
