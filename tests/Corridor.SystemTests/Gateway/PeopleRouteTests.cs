using System.Net;
using System.Text.Json;
using Corridor.Gateway;
using Corridor.Identity;
using Corridor.Testing;

namespace Corridor.SystemTests.Gateway;

/// <summary>The people API is Identity's: the gateway routes /api/v1/people to it like every other service's paths.</summary>
public sealed class PeopleRouteTests
{
    private static readonly Uri NoBroker = new("amqp://guest:guest@127.0.0.1:1/");

    private const string ClientId = "gateway-route-test";

    private const string ClientSecret = "gateway-route-test-secret-0123456789";

    [Fact]
    public async Task The_people_API_through_the_gateway_is_answered_by_Identity()
    {
        // Development: the one environment in which Identity serves plain HTTP and keeps unencrypted keys.
        await using var identity = new ServiceHost<IdentityServiceMarker>("identity", NoBroker, new Dictionary<string, string?>
        {
            ["environment"] = "Development",
            ["Identity:Clients:0:ClientId"] = ClientId,
            ["Identity:Clients:0:ClientSecret"] = ClientSecret,
            ["Identity:Clients:0:RegionCode"] = DemoOrgans.Guangxi.RegionCode,
            ["Identity:Clients:0:OrganId"] = DemoOrgans.Guangxi.Id,
            ["Identity:Clients:0:Scopes:0"] = "lists.read",
        });
        await identity.StartAsync();
        await using var gateway = new ServiceHost<GatewayServiceMarker>("gateway", NoBroker, new Dictionary<string, string?>
        {
            ["ReverseProxy:Clusters:identity-rest:Destinations:main:Address"] = identity.RestAddress.ToString(),
        });
        // Not StartAsync: readiness would wait for the services this test does not run.
        gateway.StartServer();
        var syncClient = await ClientTokenAsync(identity.RestAddress);

        using var anonymous = new HttpClient { BaseAddress = gateway.RestAddress };
        using var client = gateway.CreateRestClient(syncClient);
        using var direct = identity.CreateRestClient(syncClient);

        // The token is signed by Identity's keys, which this gateway (trusting the tests' development key) cannot check:
        // on a path it does not route it answers 401 itself. The routes let every request through to the service, so
        // the 403 is Identity's people API refusing a sync client, exactly as when asked directly.
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/v1/nothing-here")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await direct.GetAsync("/api/v1/people")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/api/v1/people")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync($"/api/v1/people/{Guid.NewGuid()}")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/v1/people")).StatusCode);
    }

    private static async Task<string> ClientTokenAsync(Uri identity)
    {
        using var http = new HttpClient { BaseAddress = identity };
        var response = await http.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = ClientId,
            ["client_secret"] = ClientSecret,
            ["scope"] = "lists.read",
        }));
        return (await response.ReadAsAsync<JsonElement>(HttpStatusCode.OK)).GetProperty("access_token").GetString()!;
    }
}
