using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Corridor.Testing;
using Corridor.TestKit;

namespace Corridor.Lists.Tests.Integration;

/// <summary>Starts a Lists host and makes its REST requests as the organs allowed to make them.</summary>
internal static class ListsHost
{
    public const string Path = "/api/v1/projects";

    /// <summary>
    /// A Lists host. Unless <paramref name="agreementsGrpc"/> is given, Agreements is "at" a port where
    /// nothing listens, so only projects without an agreement can be created.
    /// </summary>
    public static async Task<ServiceHost<ListsServiceMarker>> StartAsync(Uri vhost, Uri? agreementsGrpc = null, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var all = new Dictionary<string, string?>
        {
            ["Services:Agreements:Grpc"] = (agreementsGrpc ?? ClosedPort()).ToString(),
            // No Directory here: the read model is seeded (KnownOrgansSeeding), and a miss is a clear 503.
            ["Services:Directory:Grpc"] = ClosedPort().ToString(),
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            all[key] = value;
        }

        var host = new ServiceHost<ListsServiceMarker>("lists", vhost, all);
        try
        {
            await host.StartAsync();
            return host;
        }
        catch
        {
            await host.DisposeAsync();
            throw;
        }
    }

    public static Uri ClosedPort() => new($"http://127.0.0.1:{FreePorts.Next()}");

    public static object CreateBody(DemoOrgan partner, Guid? agreementId = null) => new
    {
        title = "玉林—肇庆 党建引领产业协作",
        description = "两地机关党组织联合推动产业转移承接与招商协作",
        partners = new[] { new { organId = partner.Id, regionCode = partner.RegionCode } },
        agreementId,
    };

    public static async Task<Guid> CreateAsync(ServiceHost<ListsServiceMarker> host, DemoOrgan lead, DemoOrgan partner)
    {
        using var client = host.CreateRestClient(TestTokens.Member(lead));
        var created = await (await client.PostJsonAsync(Path, CreateBody(partner))).ReadAsAsync<JsonElement>(HttpStatusCode.Created);
        return created.GetProperty("id").GetGuid();
    }

    public static async Task<Guid> SubmittedAsync(ServiceHost<ListsServiceMarker> host, DemoOrgan lead, DemoOrgan partner)
    {
        var id = await CreateAsync(host, lead, partner);
        using var client = host.CreateRestClient(TestTokens.Member(lead));
        await (await client.PostAsync($"{Path}/{id}/submit", null)).ReadAsAsync<JsonElement>(HttpStatusCode.OK);
        return id;
    }

    public static async Task<HttpResponseMessage> ApproveAsync(ServiceHost<ListsServiceMarker> host, Guid id, string token, int? revision = 1, string? ifMatch = null)
    {
        using var client = host.CreateRestClient(token);
        using var request = new HttpRequestMessage(HttpMethod.Post, $"{Path}/{id}/approvals")
        {
            Content = new StringContent(JsonSerializer.Serialize(new { revision }), Encoding.UTF8, "application/json"),
        };
        if (ifMatch is not null)
        {
            request.Headers.IfMatch.Add(EntityTagHeaderValue.Parse(ifMatch));
        }

        return await client.SendAsync(request);
    }

    public static async Task<JsonElement> ApprovedAsync(ServiceHost<ListsServiceMarker> host, Guid id, string token) =>
        await (await ApproveAsync(host, id, token)).ReadAsAsync<JsonElement>(HttpStatusCode.OK);

    public static string[] Strings(JsonElement array) => array.EnumerateArray().Select(e => e.GetString()!).ToArray();
}
