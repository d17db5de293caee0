using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Corridor.Lists.Tests.Integration;
using Corridor.Testing;

namespace Corridor.Lists.Tests.Problems;

/// <summary>REST calls on /api/v1/problems of a real Lists host, as the demo organs of <see cref="TestProblems"/>.</summary>
internal sealed class ProblemsApi(ServiceHost<ListsServiceMarker> host)
{
    public const string Path = "/api/v1/problems";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static string Raiser => TestTokens.Member(DemoOrgans.Yulin);

    public static string Supervisor => TestTokens.Coordinator(DemoOrgans.Yulin);

    public static string Responsible => TestTokens.Member(TestProblems.YulinBureau);

    public static object RaiseBody(string title = "钦州港铁海联运班列运力不足", string category = "Logistics", string? externalReference = null) => new
    {
        title,
        description = "旺季班列舱位紧张，企业货物滞港",
        category,
        severity = "High",
        enterpriseCreditCode = Corridor.BuildingBlocks.Domain.UnifiedSocialCreditCode.Complete("91450700MA5L00001"),
        externalReference,
    };

    public static object AcceptBody(DateOnly? due = null) => new
    {
        responsibleOrganId = TestProblems.YulinBureau.Id,
        responsibleRegionCode = TestProblems.YulinBureau.RegionCode,
        coResponsibleOrgans = new[] { new { organId = DemoOrgans.Zhaoqing.Id, regionCode = DemoOrgans.Zhaoqing.RegionCode } },
        dueDate = due ?? DateOnly.FromDateTime(DateTime.UtcNow).AddDays(30),
    };

    public async Task<HttpResponseMessage> PostAsync(string token, string path, object? body = null, string? ifMatch = null)
    {
        using var client = host.CreateRestClient(token);
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body ?? new { }, options: Json) };
        if (ifMatch is not null)
        {
            request.Headers.IfMatch.Add(EntityTagHeaderValue.Parse(ifMatch));
        }

        return await client.SendAsync(request);
    }

    public async Task<JsonElement> ActAsync(string token, Guid id, string action, object? body = null, string? ifMatch = null) =>
        await (await PostAsync(token, $"{Path}/{id}/{action}", body, ifMatch)).ReadAsAsync<JsonElement>(HttpStatusCode.OK);

    public async Task<Guid> RaiseAsync(string? token = null, object? body = null)
    {
        var created = await (await PostAsync(token ?? Raiser, Path, body ?? RaiseBody())).ReadAsAsync<JsonElement>(HttpStatusCode.Created);
        return created.GetProperty("id").GetGuid();
    }

    public async Task<Guid> AcceptedAsync()
    {
        var id = await RaiseAsync();
        await ActAsync(Supervisor, id, "accept", AcceptBody());
        return id;
    }

    public async Task<JsonElement> GetAsync(string path, string? token = null, HttpStatusCode expected = HttpStatusCode.OK)
    {
        using var client = host.CreateRestClient(token ?? Raiser);
        return await (await client.GetAsync(path)).ReadAsAsync<JsonElement>(expected);
    }

    public async Task<JsonElement> GetProblemAsync(string path, string? token = null)
    {
        using var client = host.CreateRestClient(token ?? Raiser);
        return await (await client.GetAsync(path)).ReadProblemAsync(HttpStatusCode.BadRequest);
    }

    public static Task<ServiceHost<ListsServiceMarker>> StartAsync(Uri vhost, IReadOnlyDictionary<string, string?>? settings = null) =>
        ListsHost.StartAsync(vhost, settings: settings);
}
