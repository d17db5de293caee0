using System.Net;
using System.Text.Json;
using Corridor.Testing;

namespace Corridor.Identity.Tests.Integration;

/// <summary>PKCE with S256 only: <c>plain</c> sends the verifier itself through the browser, so it is neither advertised nor accepted.</summary>
public sealed class PkceMethodTests : IAsyncLifetime
{
    private IdentityHost _identity = null!;

    public async Task InitializeAsync() => _identity = await IdentityHost.StartAsync();

    public async Task DisposeAsync() => await _identity.DisposeAsync();

    [Fact]
    public async Task Discovery_advertises_S256_as_the_only_code_challenge_method()
    {
        using var http = new HttpClient { BaseAddress = _identity.Address };

        var discovery = await (await http.GetAsync("/.well-known/openid-configuration")).ReadAsAsync<JsonElement>(HttpStatusCode.OK);

        Assert.Equal(["S256"], discovery.GetProperty("code_challenge_methods_supported").EnumerateArray().Select(m => m.GetString()));
    }

    [Theory]
    [InlineData("&code_challenge_method=plain")]
    [InlineData("")] // No method means plain (RFC 7636 §4.3).
    public async Task A_plain_code_challenge_is_refused_with_invalid_request(string method)
    {
        using var browser = ConsoleFlow.Browser(_identity.Address);
        var verifier = ConsoleFlow.NewVerifier();

        var response = await browser.GetAsync(
            $"/connect/authorize?client_id={ConsoleFlow.ClientId}&response_type=code&redirect_uri={Uri.EscapeDataString(ConsoleFlow.RedirectUri)}" +
            $"&scope=openid&state=s&code_challenge={verifier}{method}");

        // OpenIddict answers this itself: the console gets no code, and no sign-in page is shown.
        var body = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("invalid_request", body, StringComparison.Ordinal);
        Assert.Contains("code_challenge_method", body, StringComparison.Ordinal);
    }
}
