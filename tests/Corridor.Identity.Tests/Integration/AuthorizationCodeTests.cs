using System.Net;
using System.Security.Cryptography;
using System.Text.Json;
using Corridor.BuildingBlocks.Security;
using Corridor.Identity.People;
using Corridor.Identity.Tests.People;
using Corridor.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Corridor.Identity.Tests.Integration;

/// <summary>A coordinator signs in to the console with authorization code + PKCE through the sign-in page, as a browser would.</summary>
public sealed class AuthorizationCodeTests : IAsyncLifetime
{
    private const string Console = ConsoleFlow.ClientId;
    private const string RedirectUri = ConsoleFlow.RedirectUri;
    private const string PostLogoutUri = "http://127.0.0.1:5173/";
    private IdentityHost _identity = null!;

    // No leeway: a redeemed refresh token fails at once, which is what proves that refresh tokens roll.
    public async Task InitializeAsync() => _identity = await IdentityHost.StartAsync(new Dictionary<string, string?>
    {
        ["Identity:RefreshTokenReuseLeeway"] = "00:00:00",
    });

    public async Task DisposeAsync() => await _identity.DisposeAsync();

    [Fact]
    public async Task A_coordinator_signs_in_and_gets_a_token_with_their_region_organ_and_roles_only_with_the_right_verifier()
    {
        var coordinator = _identity.Host.Services.GetRequiredService<IdentityOptions>().Users.Single(u => u.UserName == "coordinator-450900");
        using var browser = Browser();
        var verifier = Base64UrlEncoder.Encode(RandomNumberGenerator.GetBytes(32));

        // Not signed in: the authorization request goes to the sign-in page and comes back after it.
        var authorize = await browser.GetAsync(AuthorizeUrl(verifier, state: "s-1"));
        Assert.Equal(HttpStatusCode.Redirect, authorize.StatusCode);
        var signInPage = authorize.Headers.Location!;
        Assert.Equal(SignInPage.Path, signInPage.AbsolutePath);

        var wrong = await SubmitAsync(browser, signInPage, coordinator.UserName, DemoPasswords.Of(coordinator) + "x");
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);

        var signedIn = await SubmitAsync(browser, signInPage, coordinator.UserName, DemoPasswords.Of(coordinator));
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        var back = await browser.GetAsync(signedIn.Headers.Location);
        Assert.Equal(HttpStatusCode.Redirect, back.StatusCode);
        var callback = back.Headers.Location!;
        Assert.StartsWith(RedirectUri, callback.ToString(), StringComparison.Ordinal);
        var query = System.Web.HttpUtility.ParseQueryString(callback.Query);
        Assert.Equal("s-1", query["state"]);
        var code = query["code"]!;

        var stolen = await RedeemAsync(code, Base64UrlEncoder.Encode(RandomNumberGenerator.GetBytes(32)));
        Assert.Equal(HttpStatusCode.BadRequest, stolen.StatusCode);
        Assert.Equal("invalid_grant", JsonDocument.Parse(await stolen.Content.ReadAsStringAsync()).RootElement.GetProperty("error").GetString());

        // A second code from the same sign-in (no password asked again), redeemed with its own verifier.
        var verifier2 = Base64UrlEncoder.Encode(RandomNumberGenerator.GetBytes(32));
        var again = await browser.GetAsync(AuthorizeUrl(verifier2, state: "s-2"));
        var code2 = System.Web.HttpUtility.ParseQueryString(again.Headers.Location!.Query)["code"]!;
        var tokens = await (await RedeemAsync(code2, verifier2)).ReadAsAsync<JsonElement>(HttpStatusCode.OK);
        var access = new JsonWebToken(tokens.GetProperty("access_token").GetString());

        Assert.Equal(coordinator.UserName, access.Subject);
        Assert.Equal("450900", access.GetClaim(CorridorClaims.Region).Value);
        Assert.Equal(coordinator.OrganId, access.GetClaim(CorridorClaims.Organ).Value);
        Assert.Equal(
            [CorridorRoles.Coordinator, CorridorRoles.Member],
            access.Claims.Where(c => c.Type == CorridorClaims.Role).Select(c => c.Value).Order(StringComparer.Ordinal));
        Assert.Equal(["corridor"], access.Audiences);
        Assert.True(tokens.TryGetProperty("id_token", out _));
    }

    [Fact]
    public async Task Offline_access_gives_a_rolling_refresh_token_and_sign_out_ends_the_cookie_and_the_refresh_tokens()
    {
        var staff = _identity.Host.Services.GetRequiredService<IdentityOptions>().Users.Single(u => u.UserName == "staff-441200");
        using var browser = Browser();
        var first = await SignInAsync(browser, staff);

        // Refreshing answers a new access token for the same person and a new refresh token; the old one is spent.
        var refreshed = await (await RefreshAsync(first.RefreshToken)).ReadAsAsync<JsonElement>(HttpStatusCode.OK);
        var second = refreshed.GetProperty("refresh_token").GetString()!;
        var access = new JsonWebToken(refreshed.GetProperty("access_token").GetString());
        Assert.NotEqual(first.RefreshToken, second);
        Assert.Equal(staff.UserName, access.Subject);
        Assert.Equal("441200", access.GetClaim(CorridorClaims.Region).Value);
        Assert.Equal([CorridorRoles.Member], access.Claims.Where(c => c.Type == CorridorClaims.Role).Select(c => c.Value));
        Assert.Equal("invalid_grant", await ErrorAsync(await RefreshAsync(first.RefreshToken)));

        // A second console session of the same sign-in (no password asked), refreshed once.
        var session = await AuthorizeAndRedeemAsync(browser, "openid offline_access teams.read");
        var sessionRefreshed = await (await RefreshAsync(session.RefreshToken)).ReadAsAsync<JsonElement>(HttpStatusCode.OK);
        var sessionRefresh = sessionRefreshed.GetProperty("refresh_token").GetString()!;

        // Sign-out needs the ID token of the session; without it nothing ends.
        var unhinted = await browser.GetAsync(EndSessionEndpoint.Path);
        Assert.Equal(HttpStatusCode.BadRequest, unhinted.StatusCode);
        Assert.StartsWith(RedirectUri, (await browser.GetAsync(AuthorizeUrl(NewVerifier(), "still", "openid"))).Headers.Location!.ToString(), StringComparison.Ordinal);

        var signOut = await browser.GetAsync(
            $"{EndSessionEndpoint.Path}?id_token_hint={session.IdToken}&post_logout_redirect_uri={Uri.EscapeDataString(PostLogoutUri)}&state=bye");
        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);
        Assert.StartsWith(PostLogoutUri, signOut.Headers.Location!.ToString(), StringComparison.Ordinal);
        Assert.Equal("bye", System.Web.HttpUtility.ParseQueryString(signOut.Headers.Location.Query)["state"]);

        Assert.Equal("invalid_grant", await ErrorAsync(await RefreshAsync(sessionRefresh)));
        var afterSignOut = await browser.GetAsync(AuthorizeUrl(NewVerifier(), "again", "openid"));
        Assert.Equal(SignInPage.Path, afterSignOut.Headers.Location!.AbsolutePath);
    }

    [Fact]
    public async Task An_authorization_request_without_PKCE_is_refused()
    {
        using var browser = Browser();

        var response = await browser.GetAsync($"/connect/authorize?client_id={Console}&response_type=code&redirect_uri={Uri.EscapeDataString(RedirectUri)}&scope=openid&state=s");

        // OpenIddict answers this itself rather than redirecting the error to the client.
        var body = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("invalid_request", body, StringComparison.Ordinal);
        Assert.Contains("code_challenge", body, StringComparison.Ordinal);
    }

    private HttpClient Browser() => ConsoleFlow.Browser(_identity.Address);

    private static string AuthorizeUrl(string verifier, string state, string scope = "openid lists.read lists.write") =>
        ConsoleFlow.AuthorizeUrl(verifier, state, scope);

    private static string NewVerifier() => ConsoleFlow.NewVerifier();

    private static Task<HttpResponseMessage> SubmitAsync(HttpClient browser, Uri signInPage, string userName, string password) =>
        ConsoleFlow.SubmitAsync(browser, signInPage, userName, password);

    private Task<HttpResponseMessage> RedeemAsync(string code, string verifier) => ConsoleFlow.RedeemAsync(_identity.Address, code, verifier);

    private Task<HttpResponseMessage> RefreshAsync(string refreshToken) => ConsoleFlow.RefreshAsync(_identity.Address, refreshToken);

    /// <summary>Signs the person in through the sign-in page and redeems the code, asking for offline_access.</summary>
    private async Task<(string IdToken, string RefreshToken)> SignInAsync(HttpClient browser, UserRegistration user)
    {
        var authorize = await browser.GetAsync(AuthorizeUrl(NewVerifier(), "sign-in"));
        var signedIn = await SubmitAsync(browser, authorize.Headers.Location!, user.UserName, DemoPasswords.Of(user));
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        return await AuthorizeAndRedeemAsync(browser, "openid offline_access lists.read");
    }

    private async Task<(string IdToken, string RefreshToken)> AuthorizeAndRedeemAsync(HttpClient browser, string scope)
    {
        var verifier = NewVerifier();
        var back = await browser.GetAsync(AuthorizeUrl(verifier, "s", scope));
        var code = System.Web.HttpUtility.ParseQueryString(back.Headers.Location!.Query)["code"]!;
        var tokens = await (await RedeemAsync(code, verifier)).ReadAsAsync<JsonElement>(HttpStatusCode.OK);
        return (tokens.GetProperty("id_token").GetString()!, tokens.GetProperty("refresh_token").GetString()!);
    }

    private static async Task<string?> ErrorAsync(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("error").GetString();
}
