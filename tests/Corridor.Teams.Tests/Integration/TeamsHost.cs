using System.Net;
using System.Text.Json;
using Corridor.Testing;
using Corridor.TestKit;

namespace Corridor.Teams.Tests.Integration;

/// <summary>Starts a Teams host and makes its REST requests as the organs allowed to make them.</summary>
internal static class TeamsHost
{
    public const string Path = "/api/v1/teams";

    /// <summary>A Teams host; unless <paramref name="listsGrpc"/> is given, Lists is "at" a port where nothing listens.</summary>
    public static async Task<ServiceHost<TeamsServiceMarker>> StartAsync(Uri vhost, Uri? listsGrpc = null)
    {
        var host = new ServiceHost<TeamsServiceMarker>("teams", vhost, new Dictionary<string, string?>
        {
            ["Services:Lists:Grpc"] = (listsGrpc ?? ClosedPort()).ToString(),
        });
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

    public static async Task<Guid> RegisterAsync(ServiceHost<TeamsServiceMarker> host, DemoOrgan owner)
    {
        using var client = host.CreateRestClient(TestTokens.Member(owner));
        var team = await (await client.PostJsonAsync(Path, new
        {
            kind = "YouthCommando",
            name = $"{owner.Name}青年突击队",
            mission = "攻坚重大项目建设中的难点堵点",
            formedOn = "2026-03-01",
        })).ReadAsAsync<JsonElement>(HttpStatusCode.Created);
        return team.GetProperty("id").GetGuid();
    }

    public static async Task<HttpResponseMessage> DeployAsync(
        ServiceHost<TeamsServiceMarker> host, DemoOrgan caller, Guid teamId, Guid projectId, string from = "2026-06-01", string? to = "2026-12-31")
    {
        using var client = host.CreateRestClient(TestTokens.Member(caller));
        return await client.PostJsonAsync($"{Path}/{teamId}/deployments", new { projectId, from, to, task = "协助项目落地的组织保障" });
    }

    public static async Task<JsonElement> GetAsync(ServiceHost<TeamsServiceMarker> host, Guid teamId)
    {
        using var client = host.CreateRestClient(TestTokens.Member(DemoOrgans.Guangxi));
        return await (await client.GetAsync($"{Path}/{teamId}")).ReadAsAsync<JsonElement>(HttpStatusCode.OK);
    }
}
