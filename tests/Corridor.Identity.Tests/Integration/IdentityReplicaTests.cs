using System.Net;
using System.Text.Json;
using Corridor.Identity.Infrastructure;
using Corridor.Identity.Keys;
using Corridor.Identity.Tests.People;
using Corridor.Testing;
using Corridor.TestKit;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;

namespace Corridor.Identity.Tests.Integration;

/// <summary>
/// Two Identity replicas on one database, started at the same moment on an empty one: one of them makes the
/// keys (signing, encryption, Data Protection) and both serve with the same ones, so a person's sign-in and
/// tokens move freely between them, as behind a load balancer.
/// </summary>
public sealed class IdentityReplicaTests : IAsyncLifetime
{
    private const string PublicAddress = "http://identity.corridor.test/";
    private readonly SqliteTestDatabase _database = new("identity-replicas");
    private IdentityHost _first = null!;
    private IdentityHost _second = null!;

    public async Task InitializeAsync()
    {
        var shared = new Dictionary<string, string?>
        {
            ["Database:ConnectionString"] = _database.ConnectionString,

            // Behind one address both name the same issuer; a code or refresh token names its issuer.
            ["Identity:Issuer"] = PublicAddress,
        };
        var replicas = await Task.WhenAll(IdentityHost.StartAsync(shared), IdentityHost.StartAsync(shared));
        (_first, _second) = (replicas[0], replicas[1]);
    }

    public async Task DisposeAsync()
    {
        await _first.DisposeAsync();
        await _second.DisposeAsync();
        SqliteConnection.ClearAllPools();
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task Replicas_started_together_make_one_set_of_keys_and_publish_the_same_JWKS()
    {
        var keys = await _first.Host.QueryAsync<IdentityDbContext, List<StoredKey>>(db => db.StoredKeys.AsNoTracking().ToListAsync());
        var protection = await _first.Host.QueryAsync<IdentityDbContext, int>(db => db.DataProtectionKeys.CountAsync());
        var state = await _first.Host.QueryAsync<IdentityDbContext, KeyRingState>(db => db.KeyRingStates.AsNoTracking().SingleAsync());

        Assert.Equal(1, keys.Count(k => k.Use == KeyUse.Signing));
        Assert.Equal(1, keys.Count(k => k.Use == KeyUse.Encryption));
        Assert.Equal(1, protection);
        Assert.Null(state.LeasedBy);
        Assert.Equal(await JwksAsync(_first), await JwksAsync(_second));
    }

    [Fact]
    public async Task A_sign_in_started_on_one_replica_continues_on_the_other()
    {
        var staff = _first.Host.Services.GetRequiredService<IdentityOptions>().Users.Single(u => u.UserName == "staff-450900");
        using var browser = ConsoleFlow.Browser(_first.Address);
        var verifier = ConsoleFlow.NewVerifier();

        // The sign-in page (and its antiforgery token) comes from the first replica, the form goes to the second.
        var authorize = await browser.GetAsync(ConsoleFlow.AuthorizeUrl(verifier, "r-1", "openid offline_access lists.read"));
        var signedIn = await ConsoleFlow.SubmitAsync(browser, authorize.Headers.Location!, staff.UserName, DemoPasswords.Of(staff), postTo: _second.Address);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);

        // The cookie the second replica set is read by the first, which issues the code.
        var back = await browser.GetAsync(new Uri(_first.Address, signedIn.Headers.Location!.ToString()));
        Assert.Equal(HttpStatusCode.Redirect, back.StatusCode);
        Assert.StartsWith(ConsoleFlow.RedirectUri, back.Headers.Location!.ToString(), StringComparison.Ordinal);
        var code = System.Web.HttpUtility.ParseQueryString(back.Headers.Location.Query)["code"]!;

        // The code is redeemed at the second replica and the refresh token at the first.
        var tokens = await (await ConsoleFlow.RedeemAsync(_second.Address, code, verifier)).ReadAsAsync<JsonElement>(HttpStatusCode.OK);
        var refreshed = await (await ConsoleFlow.RefreshAsync(_first.Address, tokens.GetProperty("refresh_token").GetString()!))
            .ReadAsAsync<JsonElement>(HttpStatusCode.OK);
        var access = new JsonWebToken(refreshed.GetProperty("access_token").GetString());
        Assert.Equal(staff.UserName, access.Subject);
        Assert.Equal(PublicAddress, access.Issuer);
    }

    [Fact]
    public async Task A_refresh_that_finds_the_keys_current_changes_nothing()
    {
        var before = await _first.Host.QueryAsync<IdentityDbContext, KeyRingState>(db => db.KeyRingStates.AsNoTracking().SingleAsync());

        await Task.WhenAll(
            _first.Host.Services.GetRequiredService<KeyRing>().RefreshAsync(CancellationToken.None),
            _second.Host.Services.GetRequiredService<KeyRing>().RefreshAsync(CancellationToken.None));

        var after = await _first.Host.QueryAsync<IdentityDbContext, KeyRingState>(db => db.KeyRingStates.AsNoTracking().SingleAsync());
        Assert.Equal(before.Revision, after.Revision);
        Assert.Equal(2, await _first.Host.QueryAsync<IdentityDbContext, int>(db => db.StoredKeys.CountAsync()));
    }

    private static async Task<string> JwksAsync(IdentityHost identity)
    {
        using var http = new HttpClient { BaseAddress = identity.Address };
        var jwks = await (await http.GetAsync("/.well-known/jwks")).ReadAsAsync<JsonElement>(HttpStatusCode.OK);
        return string.Join(",", jwks.GetProperty("keys").EnumerateArray().Select(k => k.GetProperty("kid").GetString()).Order(StringComparer.Ordinal));
    }
}
