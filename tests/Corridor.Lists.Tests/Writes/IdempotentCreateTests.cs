using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Corridor.Lists.Infrastructure;
using Corridor.Lists.Tests.Integration;
using Corridor.Testing;
using Corridor.TestKit;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Lists.Tests.Writes;

/// <summary>Idempotency-Key on every REST create in Lists: the same key and body replay the answer, another body is 422.</summary>
[Collection(SharedRabbitMq.CollectionName)]
public sealed class IdempotentCreateTests(SharedRabbitMq rabbitMq)
{
    [SkippableFact]
    public async Task Problems_resources_projects_and_matches_are_created_once_per_key_and_a_reused_key_with_another_body_is_422()
    {
        await using var host = await ListsHost.StartAsync(await rabbitMq.CreateVirtualHostAsync());
        using var yulin = host.CreateRestClient(TestTokens.Member(DemoOrgans.Yulin));
        using var qinzhou = host.CreateRestClient(TestTokens.Member(DemoOrgans.Qinzhou));

        var problem = await CreateOnceAsync(yulin, "/api/v1/problems", "yl-p-1", WriteBodies.Problem(), WriteBodies.Problem(title: "另一个问题"));
        var resource = await CreateOnceAsync(qinzhou, "/api/v1/resources", "qz-r-1", WriteBodies.Resource(), WriteBodies.Resource(capacity: 5m));
        await CreateOnceAsync(yulin, "/api/v1/projects", "yl-j-1", WriteBodies.Project(), WriteBodies.Project(budget: 1m));
        var otherResource = await CreateOnceAsync(qinzhou, "/api/v1/resources", "qz-r-2", WriteBodies.Resource(capacity: 7m), WriteBodies.Resource(capacity: 8m));
        await CreateOnceAsync(yulin, "/api/v1/matches", "yl-m-1", new { problemId = problem, resourceId = resource }, new { problemId = problem, resourceId = otherResource });

        // Keys are the caller's own: another caller using the same key creates its own record.
        using var theirs = await PostAsync(qinzhou, "/api/v1/problems", "yl-p-1", WriteBodies.Problem());
        Assert.Equal(HttpStatusCode.Created, theirs.StatusCode);
        Assert.False(theirs.Headers.Contains("Idempotency-Replayed"));

        var counts = await host.QueryAsync<ListsDbContext, int[]>(async db =>
            [await db.Problems.CountAsync(), await db.Resources.CountAsync(), await db.Projects.CountAsync(), await db.Matches.CountAsync()]);
        Assert.Equal([2, 2, 1, 1], counts);
    }

    /// <summary>Creates with <paramref name="key"/>, replays it, refuses it with <paramref name="other"/>; returns the record's id.</summary>
    private static async Task<Guid> CreateOnceAsync(HttpClient client, string path, string key, object body, object other)
    {
        using var first = await PostAsync(client, path, key, body);
        var created = await first.ReadAsAsync<JsonElement>(HttpStatusCode.Created);
        Assert.False(first.Headers.Contains("Idempotency-Replayed"), path);
        Assert.Equal($"\"v{created.GetProperty("version").GetInt64()}\"", first.Headers.ETag?.Tag);

        using var again = await PostAsync(client, path, key, body);
        var replayed = await again.ReadAsAsync<JsonElement>(HttpStatusCode.Created);
        Assert.Equal("true", Assert.Single(again.Headers.GetValues("Idempotency-Replayed")));
        Assert.Equal(
            (created.GetProperty("id").GetGuid(), created.GetProperty("version").GetInt64(), created.GetProperty("status").GetString()),
            (replayed.GetProperty("id").GetGuid(), replayed.GetProperty("version").GetInt64(), replayed.GetProperty("status").GetString()));

        var reused = await (await PostAsync(client, path, key, other)).ReadProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.True(reused.GetProperty("code").GetString() == "idempotency.key-reused", $"{path}: {reused}");
        return created.GetProperty("id").GetGuid();
    }

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string path, string key, object body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body) };
        request.Headers.Add("Idempotency-Key", key);
        return await client.SendAsync(request);
    }
}
