using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Corridor.Testing;

namespace Corridor.Agreements.Tests.Integration;

/// <summary>Requests to one Agreements host, as the organs that make them.</summary>
internal static class AgreementsHost
{
    public const string Path = "/api/v1/agreements";

    public static async Task<ServiceHost<AgreementsServiceMarker>> StartAsync(Uri vhost)
    {
        var host = new ServiceHost<AgreementsServiceMarker>("agreements", vhost);
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

    public static object Party(DemoOrgan organ) => new { organId = organ.Id, organName = organ.Name, regionCode = organ.RegionCode };

    public static object CreateBody(params object[] parties) => new
    {
        kind = "PairingAgreement",
        title = "玉林–肇庆机关党建合作协议",
        parties,
        termStart = "2026-01-01",
        termEnd = "2028-12-31",
    };

    public static async Task<Guid> CreateAsync(ServiceHost<AgreementsServiceMarker> host, DemoOrgan creator, params DemoOrgan[] parties)
    {
        using var client = host.CreateRestClient(TestTokens.Member(creator));
        var created = await (await client.PostJsonAsync(Path, CreateBody(parties.Select(Party).ToArray()))).ReadAsAsync<JsonElement>(HttpStatusCode.Created);
        return created.GetProperty("id").GetGuid();
    }

    /// <summary>A draft between the organs, proposed by the first; it is then at version 2.</summary>
    public static async Task<Guid> ProposedAsync(ServiceHost<AgreementsServiceMarker> host, params DemoOrgan[] parties)
    {
        var id = await CreateAsync(host, parties[0], parties);
        using var client = host.CreateRestClient(TestTokens.Member(parties[0]));
        await (await client.PostAsync($"{Path}/{id}/propose", null)).ReadAsAsync<JsonElement>(HttpStatusCode.OK);
        return id;
    }

    public static async Task<HttpResponseMessage> SignAsync(ServiceHost<AgreementsServiceMarker> host, Guid id, DemoOrgan organ, string? ifMatch = null)
    {
        using var client = host.CreateRestClient(TestTokens.Member(organ));
        using var request = new HttpRequestMessage(HttpMethod.Post, $"{Path}/{id}/signatures")
        {
            Content = JsonContent(new { signatory = $"{organ.Name}负责人" }),
        };
        if (ifMatch is not null)
        {
            request.Headers.IfMatch.Add(EntityTagHeaderValue.Parse(ifMatch));
        }

        return await client.SendAsync(request);
    }

    public static async Task<Guid> ActiveAsync(ServiceHost<AgreementsServiceMarker> host, params DemoOrgan[] parties)
    {
        var id = await ProposedAsync(host, parties);
        foreach (var party in parties)
        {
            await (await SignAsync(host, id, party)).ReadAsAsync<JsonElement>(HttpStatusCode.OK);
        }

        return id;
    }

    /// <summary>The ETag of a response: the strong tag "v{version}".</summary>
    public static string? ETagOf(HttpResponseMessage response) =>
        response.Headers.ETag is { IsWeak: false } tag ? tag.Tag : response.Headers.ETag?.ToString();

    private static StringContent JsonContent(object body) =>
        new(JsonSerializer.Serialize(body), System.Text.Encoding.UTF8, "application/json");
}
