using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Corridor.Lists.Tests.Integration;
using Corridor.Testing;

namespace Corridor.Lists.Tests.Projects;

/// <summary>REST calls on /api/v1/projects as the organs allowed to make them.</summary>
internal sealed class ProjectsApi(ServiceHost<ListsServiceMarker> host)
{
    public const string Path = ListsHost.Path;

    public ServiceHost<ListsServiceMarker> Host => host;

    public static object Content(string title, IEnumerable<DemoOrgan> partners, decimal? budget = 880000.50m, Guid? agreementId = null, string description = "联合推动产业转移承接") => new
    {
        title,
        description,
        category = "IndustrialCooperation",
        budget,
        startDate = "2026-06-01",
        endDate = "2027-05-31",
        partners = partners.Select(p => new { organId = p.Id, regionCode = p.RegionCode }).ToArray(),
        milestones = new[] { new { title = "签署合作备忘录", dueDate = "2026-07-01" }, new { title = "首批项目落地", dueDate = "2027-03-31" } },
        agreementId,
    };

    public async Task<JsonElement> CreateAsync(DemoOrgan lead, object body)
    {
        using var client = host.CreateRestClient(TestTokens.Member(lead));
        return await (await client.PostJsonAsync(Path, body)).ReadAsAsync<JsonElement>(HttpStatusCode.Created);
    }

    public async Task<JsonElement> GetAsync(string path, string? token = null)
    {
        using var client = host.CreateRestClient(token ?? TestTokens.Member(DemoOrgans.Hezhou));
        return await (await client.GetAsync(path)).ReadAsAsync<JsonElement>(HttpStatusCode.OK);
    }

    public async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string token, object? body = null, string? ifMatch = null)
    {
        using var client = host.CreateRestClient(token);
        using var request = new HttpRequestMessage(method, path);
        if (body is not null)
        {
            request.Content = new StringContent(JsonSerializer.Serialize(body), Encoding.UTF8, "application/json");
        }

        if (ifMatch is not null)
        {
            request.Headers.IfMatch.Add(EntityTagHeaderValue.Parse(ifMatch));
        }

        return await client.SendAsync(request);
    }

    public async Task<JsonElement> PostOkAsync(string path, string token, object? body = null) =>
        await (await SendAsync(HttpMethod.Post, path, token, body)).ReadAsAsync<JsonElement>(HttpStatusCode.OK);

    public static string ETag(long version) => $"\"v{version}\"";

    /// <summary>The ETag a GET answers now: what a client sends as If-Match on its next update.</summary>
    public async Task<string> CurrentETagAsync(string path)
    {
        using var client = host.CreateRestClient(TestTokens.Member(DemoOrgans.Hezhou));
        using var response = await client.GetAsync(path);
        await response.ReadAsAsync<JsonElement>(HttpStatusCode.OK);
        return response.Headers.ETag?.Tag ?? throw new InvalidOperationException($"GET {path} answered no ETag.");
    }
}
