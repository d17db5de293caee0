using System.Net;
using System.Text.RegularExpressions;
using Corridor.Identity.People;

namespace Corridor.Identity.Tests.Integration;

/// <summary>The sign-in page may run no script and be framed by no one; every answer says nosniff, and what a caller gets is not stored.</summary>
public sealed class SignInPageHeadersTests : IAsyncLifetime
{
    private IdentityHost _identity = null!;

    public async Task InitializeAsync() => _identity = await IdentityHost.StartAsync();

    public async Task DisposeAsync() => await _identity.DisposeAsync();

    [Fact]
    public async Task The_sign_in_page_has_a_strict_content_security_policy()
    {
        using var browser = ConsoleFlow.Browser(_identity.Address);

        using var page = await browser.GetAsync(SignInPage.Path);

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var policy = Assert.Single(page.Headers.GetValues("Content-Security-Policy"));
        var directives = policy.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains("default-src 'self'", directives);
        Assert.Contains("script-src 'none'", directives);
        Assert.Contains("frame-ancestors 'none'", directives);
        Assert.DoesNotContain("unsafe-inline", policy, StringComparison.Ordinal);
        // The page must keep working under its own policy: no inline script or style, no handler attributes.
        var html = await page.Content.ReadAsStringAsync();
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<style", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(" style=", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotMatch(new Regex(@"\son[a-z]+\s*=", RegexOptions.IgnoreCase), html);
        Assert.Equal("DENY", Assert.Single(page.Headers.GetValues("X-Frame-Options")));
        Assert.Equal("nosniff", Assert.Single(page.Headers.GetValues("X-Content-Type-Options")));
        Assert.True(page.Headers.CacheControl?.NoStore, "the sign-in page carries an antiforgery token: no-store");
    }

    [Fact]
    public async Task Token_answers_and_problems_say_nosniff_and_no_store()
    {
        using var http = new HttpClient { BaseAddress = _identity.Address };

        using var refused = await http.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = "nobody",
            ["client_secret"] = "wrong",
        }));
        using var missing = await http.GetAsync("/no-such-page");

        foreach (var response in new[] { refused, missing })
        {
            Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
            Assert.True(response.Headers.CacheControl?.NoStore, $"{response.RequestMessage!.RequestUri}: {response.Headers.CacheControl}");
            Assert.False(response.Headers.Contains("Content-Security-Policy"), "only HTML pages get the page policy");
        }
    }
}
