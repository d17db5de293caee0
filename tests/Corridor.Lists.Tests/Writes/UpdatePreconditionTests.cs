using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Corridor.Lists.Tests.Integration;
using Corridor.Testing;
using Corridor.TestKit;

namespace Corridor.Lists.Tests.Writes;

/// <summary>
/// Every REST update of a Lists record's content requires If-Match: 428 without it or with "*", 412 when stale, 200 with the
/// new ETag when current; every GET of a single record answers the ETag of the version it shows.
/// </summary>
[Collection(SharedRabbitMq.CollectionName)]
public sealed class UpdatePreconditionTests(SharedRabbitMq rabbitMq)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    [SkippableFact]
    public async Task Each_update_endpoint_answers_428_without_If_Match_412_when_stale_and_200_with_the_next_ETag()
    {
        await using var host = await ListsHost.StartAsync(await rabbitMq.CreateVirtualHostAsync());
        using var yulin = host.CreateRestClient(TestTokens.Member(DemoOrgans.Yulin));

        var resource = await CreatedIdAsync(await yulin.PostJsonAsync("/api/v1/resources", WriteBodies.Resource()), null);
        await CreatedIdAsync(await yulin.PutJsonAsync("/api/v1/resources/by-ref/YL-R-1", WriteBodies.Resource()), "resource");
        await CreatedIdAsync(await yulin.PutJsonAsync("/api/v1/problems/by-ref/YL-P-1", WriteBodies.Problem()), "problem");
        var project = await CreatedIdAsync(await yulin.PostJsonAsync("/api/v1/projects", WriteBodies.Project()), null);
        await CreatedIdAsync(await yulin.PutJsonAsync("/api/v1/projects/by-ref/YL-J-1", WriteBodies.Project()), "project");

        // (update path, record path, changed content, expected answer with a current If-Match)
        (string Update, string Record, object Body, HttpStatusCode Current)[] endpoints =
        [
            ($"/api/v1/resources/{resource}", $"/api/v1/resources/{resource}", WriteBodies.Resource(capacity: 80m), HttpStatusCode.OK),
            ("/api/v1/resources/by-ref/YL-R-1", "/api/v1/resources/by-ref/YL-R-1", WriteBodies.Resource(capacity: 80m), HttpStatusCode.OK),
            // A raised problem's content is fixed: with a current If-Match the rule answers, not the precondition.
            ("/api/v1/problems/by-ref/YL-P-1", "/api/v1/problems/by-ref/YL-P-1", WriteBodies.Problem(title: "另一个问题"), HttpStatusCode.Conflict),
            ($"/api/v1/projects/{project}", $"/api/v1/projects/{project}", WriteBodies.Project(budget: 900000m), HttpStatusCode.OK),
            ("/api/v1/projects/by-ref/YL-J-1", "/api/v1/projects/by-ref/YL-J-1", WriteBodies.Project(budget: 900000m), HttpStatusCode.OK),
        ];

        foreach (var (update, record, body, current) in endpoints)
        {
            var missing = await (await SendAsync(yulin, update, body, null)).ReadProblemAsync((HttpStatusCode)428);
            Assert.True(missing.GetProperty("code").GetString() == "precondition-required", $"{update}: {missing}");
            // "*" matches any version (RFC 9110), so it names none: refused where a version is required.
            var wildcard = await (await SendAsync(yulin, update, body, "*")).ReadProblemAsync((HttpStatusCode)428);
            Assert.True(wildcard.GetProperty("code").GetString() == "precondition-required", $"{update} with If-Match *: {wildcard}");
            var stale = await (await SendAsync(yulin, update, body, "\"v99\"")).ReadProblemAsync(HttpStatusCode.PreconditionFailed);
            Assert.True(stale.GetProperty("code").GetString() == "stale-version", $"{update}: {stale}");

            using var answer = await SendAsync(yulin, update, body, "\"v1\"");
            if (current != HttpStatusCode.OK)
            {
                await answer.ReadProblemAsync(current);
                continue;
            }

            var saved = await answer.ReadAsAsync<JsonElement>(HttpStatusCode.OK);
            var version = (saved.TryGetProperty("outcome", out var outcome) ? saved.EnumerateObject().Single(p => p.Name != "outcome").Value : saved).GetProperty("version").GetInt64();
            Assert.True(version == 2 && answer.Headers.ETag?.Tag == "\"v2\"", $"{update}: {outcome} v{version} ETag {answer.Headers.ETag}");
            Assert.True(record.Contains("/by-ref/", StringComparison.Ordinal) || await ETagOfAsync(yulin, record) == "\"v2\"", record);
        }
    }

    [SkippableFact]
    public async Task Every_single_record_GET_answers_the_ETag_of_the_version_it_shows()
    {
        await using var host = await ListsHost.StartAsync(await rabbitMq.CreateVirtualHostAsync());
        using var yulin = host.CreateRestClient(TestTokens.Member(DemoOrgans.Yulin));
        using var qinzhou = host.CreateRestClient(TestTokens.Member(DemoOrgans.Qinzhou));
        var problem = await CreatedIdAsync(await yulin.PostJsonAsync("/api/v1/problems", WriteBodies.Problem()), null);
        var resource = await CreatedIdAsync(await qinzhou.PostJsonAsync("/api/v1/resources", WriteBodies.Resource()), null);
        var project = await CreatedIdAsync(await yulin.PostJsonAsync("/api/v1/projects", WriteBodies.Project()), null);
        var match = await CreatedIdAsync(await yulin.PostJsonAsync("/api/v1/matches", new { problemId = problem, resourceId = resource }), null);

        foreach (var path in new[] { $"/api/v1/problems/{problem}", $"/api/v1/resources/{resource}", $"/api/v1/projects/{project}", $"/api/v1/matches/{match}" })
        {
            using var get = await qinzhou.GetAsync(path);
            var body = await get.ReadAsAsync<JsonElement>(HttpStatusCode.OK);
            Assert.Equal($"\"v{body.GetProperty("version").GetInt64()}\"", get.Headers.ETag?.Tag);
        }
    }

    private static async Task<Guid> CreatedIdAsync(HttpResponseMessage response, string? wrapped)
    {
        using (response)
        {
            var body = await response.ReadAsAsync<JsonElement>(HttpStatusCode.Created);
            return (wrapped is null ? body : body.GetProperty(wrapped)).GetProperty("id").GetGuid();
        }
    }

    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, string path, object body, string? ifMatch)
    {
        using var request = new HttpRequestMessage(HttpMethod.Put, path) { Content = JsonContent.Create(body, options: Json) };
        if (ifMatch is not null)
        {
            request.Headers.IfMatch.Add(ifMatch == "*" ? EntityTagHeaderValue.Any : EntityTagHeaderValue.Parse(ifMatch));
        }

        return await client.SendAsync(request);
    }

    private static async Task<string?> ETagOfAsync(HttpClient client, string path)
    {
        using var get = await client.GetAsync(path);
        await get.ReadAsAsync<JsonElement>(HttpStatusCode.OK);
        return get.Headers.ETag?.Tag;
    }
}
