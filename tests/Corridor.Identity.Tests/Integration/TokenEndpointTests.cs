using System.Net;
using System.Text.Json;
using Corridor.BuildingBlocks.Security;
using Corridor.Identity.Clients;
using Corridor.Identity.Infrastructure;
using Corridor.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Corridor.Identity.Tests.Integration;

/// <summary>Client credentials, OAuth errors, discovery and seeding on one real Identity host.</summary>
public sealed class TokenEndpointTests : IAsyncLifetime
{
    private const string Yulin = "450900";
    private IdentityHost _identity = null!;

    public async Task InitializeAsync() => _identity = await IdentityHost.StartAsync();

    public async Task DisposeAsync() => await _identity.DisposeAsync();

    [Fact]
    public async Task A_client_gets_a_JWT_for_corridor_with_its_region_organ_roles_and_the_granted_scopes()
    {
        var client = _identity.Client(Yulin);

        var token = new JsonWebToken(await _identity.AccessTokenAsync(client, "lists.read lists.write"));

        Assert.Equal(client.ClientId, token.Subject);
        Assert.Equal(client.ClientId, token.GetClaim("client_id").Value);
        Assert.Equal([CorridorScopes.Audience], token.Audiences);
        Assert.Equal(Yulin, token.GetClaim(CorridorClaims.Region).Value);
        Assert.Equal(client.OrganId, token.GetClaim(CorridorClaims.Organ).Value);
        Assert.Equal(
            [CorridorRoles.Member, CorridorRoles.SyncClient],
            token.Claims.Where(c => c.Type == CorridorClaims.Role).Select(c => c.Value).Order(StringComparer.Ordinal));
        Assert.Equal("lists.read lists.write", token.GetClaim("scope").Value);
        Assert.Equal(SecurityAlgorithms.RsaSha256, token.Alg);
        Assert.False(token.IsEncrypted);
    }

    [Fact]
    public async Task A_wrong_secret_is_invalid_client_and_an_unknown_scope_is_invalid_scope()
    {
        var client = _identity.Client(Yulin);

        var wrongSecret = await _identity.RequestTokenAsync(client.ClientId, client.ClientSecret + "x", "lists.read");
        var unknownClient = await _identity.RequestTokenAsync("sync-999999", client.ClientSecret, "lists.read");
        var unknownScope = await _identity.RequestTokenAsync(client.ClientId, client.ClientSecret, "lists.read payments.write");

        Assert.Contains(wrongSecret.StatusCode, new[] { HttpStatusCode.BadRequest, HttpStatusCode.Unauthorized });
        Assert.Equal("invalid_client", await ErrorAsync(wrongSecret));
        Assert.Equal("invalid_client", await ErrorAsync(unknownClient));
        Assert.Equal(HttpStatusCode.BadRequest, unknownScope.StatusCode);
        Assert.Equal("invalid_scope", await ErrorAsync(unknownScope));
    }

    [Fact]
    public async Task Discovery_names_the_token_endpoint_and_the_JWKS_holds_the_key_that_signed_the_token()
    {
        using var http = new HttpClient { BaseAddress = _identity.Address };
        var discovery = await (await http.GetAsync("/.well-known/openid-configuration")).ReadAsAsync<JsonElement>(HttpStatusCode.OK);
        var jwksUri = new Uri(discovery.GetProperty("jwks_uri").GetString()!);
        var jwks = await (await http.GetAsync(jwksUri)).ReadAsAsync<JsonElement>(HttpStatusCode.OK);
        var token = new JsonWebToken(await _identity.AccessTokenAsync(_identity.Client(Yulin), "lists.read"));

        Assert.Equal(new Uri(_identity.Address, "/connect/token"), new Uri(discovery.GetProperty("token_endpoint").GetString()!));
        Assert.Contains("client_credentials", discovery.GetProperty("grant_types_supported").EnumerateArray().Select(e => e.GetString()));
        Assert.Contains(token.Kid, jwks.GetProperty("keys").EnumerateArray().Select(k => k.GetProperty("kid").GetString()));
    }

    [Fact]
    public async Task Seeding_again_updates_the_clients_and_never_duplicates_them()
    {
        // The provincial clients and the console.
        var configured = _identity.Host.Services.GetRequiredService<IdentityOptions>().Clients.Count + 1;

        await using (var scope = _identity.Host.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<ClientSeeder>().SeedAsync(CancellationToken.None);
        }

        Assert.Equal(configured, await _identity.Host.QueryAsync<IdentityDbContext, int>(db => db.Set<OpenIddict.EntityFrameworkCore.Models.OpenIddictEntityFrameworkCoreApplication>().CountAsync()));

        // OpenIddict stores a PBKDF2 hash of each secret, also after an update; never the secret itself.
        var stored = await _identity.Host.QueryAsync<IdentityDbContext, List<string?>>(db => db.Set<OpenIddict.EntityFrameworkCore.Models.OpenIddictEntityFrameworkCoreApplication>()
            .Where(a => a.ClientType == "confidential").Select(a => a.ClientSecret).ToListAsync());
        var secrets = _identity.Host.Services.GetRequiredService<IdentityOptions>().Clients.Select(c => c.ClientSecret).ToHashSet(StringComparer.Ordinal);
        Assert.Equal(secrets.Count, stored.Count);
        Assert.All(stored, s => Assert.False(string.IsNullOrEmpty(s) || secrets.Contains(s!)));
        Assert.Equal(HttpStatusCode.OK, (await _identity.RequestTokenAsync(_identity.Client(Yulin).ClientId, _identity.Client(Yulin).ClientSecret, "teams.read")).StatusCode);
    }

    private static async Task<string?> ErrorAsync(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("error").GetString();
}
