using System.Net;
using System.Text.Json;
using Corridor.BuildingBlocks.Security;
using Corridor.Identity.Clients;
using Corridor.Identity.Tests.People;
using Corridor.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;

namespace Corridor.Identity.Tests.Integration;

/// <summary>
/// The services bound a person's token by its scopes as they bound a client's, so the console must be granted the
/// scopes it asks for when a person signs in - the write scopes included - and no more than it asked for.
/// </summary>
public sealed class ConsoleScopesTests : IAsyncLifetime
{
    private IdentityHost _identity = null!;

    public async Task InitializeAsync() => _identity = await IdentityHost.StartAsync();

    public async Task DisposeAsync() => await _identity.DisposeAsync();

    [Theory]
    [InlineData("openid lists.read lists.write agreements.read agreements.write teams.read teams.write")]
    [InlineData("openid lists.read agreements.read teams.read")]
    [InlineData("openid")]
    public async Task A_person_signed_in_through_the_console_gets_exactly_the_scopes_the_console_asked_for(string requested)
    {
        var user = _identity.Host.Services.GetRequiredService<IdentityOptions>().Users.Single(u => u.UserName == "coordinator-450900");
        using var browser = ConsoleFlow.Browser(_identity.Address);
        var verifier = ConsoleFlow.NewVerifier();
        var authorize = await browser.GetAsync(ConsoleFlow.AuthorizeUrl(verifier, "s", requested));
        var signedIn = await ConsoleFlow.SubmitAsync(browser, authorize.Headers.Location!, user.UserName, DemoPasswords.Of(user));
        var back = await browser.GetAsync(signedIn.Headers.Location);
        var code = System.Web.HttpUtility.ParseQueryString(back.Headers.Location!.Query)["code"]!;
        var tokens = await (await ConsoleFlow.RedeemAsync(_identity.Address, code, verifier)).ReadAsAsync<JsonElement>(HttpStatusCode.OK);

        var caller = CallerIdentity.From(new System.Security.Claims.ClaimsPrincipal(
            new System.Security.Claims.ClaimsIdentity(new JsonWebToken(tokens.GetProperty("access_token").GetString()).Claims, "test")));
        var services = requested.Split(' ').Intersect(CorridorScopes.All, StringComparer.Ordinal).Order(StringComparer.Ordinal);
        Assert.Equal(services, caller.Scopes.Intersect(CorridorScopes.All, StringComparer.Ordinal).Order(StringComparer.Ordinal));
    }
}
