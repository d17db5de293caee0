using System.Net;
using System.Text.Json;
using Corridor.Identity.Clients;
using Corridor.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Corridor.Identity.Tests.Integration;

/// <summary>
/// An Identity host on a real loopback port with the demo clients and people of appsettings.Development.json. It runs
/// as Development, the one environment that serves plain HTTP. It needs no broker: its directory read model knows the
/// demo organs (<see cref="DemoOrgans"/>) and the organs of the configured people, as if their events had arrived, and
/// asks <see cref="DirectoryPeer"/> on a miss.
/// </summary>
internal sealed class IdentityHost : IAsyncDisposable
{
    private static readonly Uri NoBroker = new("amqp://guest:guest@127.0.0.1:1/");
    private IdentityHost(ServiceHost<IdentityServiceMarker> host)
    {
        Host = host;
    }

    public ServiceHost<IdentityServiceMarker> Host { get; }

    public Uri Address => Host.RestAddress;

    /// <param name="broker">A RabbitMQ virtual host for the directory's events; none by default.</param>
    public static async Task<IdentityHost> StartAsync(IReadOnlyDictionary<string, string?>? settings = null, Uri? broker = null)
    {
        var all = new Dictionary<string, string?> { ["environment"] = "Development" };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            all[key] = value;
        }

        var host = new ServiceHost<IdentityServiceMarker>("identity", broker ?? NoBroker, all);
        try
        {
            await host.StartAsync();
            await host.KnowOrgansAsync(ConfiguredPeopleOrgans(host.Services.GetRequiredService<IdentityOptions>()));
            return new IdentityHost(host);
        }
        catch
        {
            await host.DisposeAsync();
            throw;
        }
    }

    /// <summary>The organs of the configured people, as the directory would record them (one per region in the demo).</summary>
    public static IEnumerable<DemoOrgan> ConfiguredPeopleOrgans(IdentityOptions options) =>
        options.Users.DistinctBy(u => u.OrganId).Select(u => new DemoOrgan(u.OrganId, $"{u.RegionCode} 直属机关工作委员会", u.RegionCode));

    /// <summary>The demo client configured for a region.</summary>
    public ClientRegistration Client(string regionCode) =>
        Host.Services.GetRequiredService<IdentityOptions>().Clients.Single(c => c.RegionCode == regionCode);

    public async Task<HttpResponseMessage> RequestTokenAsync(string clientId, string secret, string scope)
    {
        using var http = new HttpClient { BaseAddress = Address };
        return await http.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = clientId,
            ["client_secret"] = secret,
            ["scope"] = scope,
        }));
    }

    public async Task<string> AccessTokenAsync(ClientRegistration client, string scope)
    {
        var response = await (await RequestTokenAsync(client.ClientId, client.ClientSecret, scope)).ReadAsAsync<JsonElement>(HttpStatusCode.OK);
        return response.GetProperty("access_token").GetString()!;
    }

    public async ValueTask DisposeAsync() => await Host.DisposeAsync();
}
