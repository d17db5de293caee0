using System.Net;
using Corridor.Identity.People;
using Corridor.Identity.Tests.People;
using Microsoft.Extensions.DependencyInjection;

namespace Corridor.Identity.Tests.Integration;

/// <summary>
/// Repeated wrong passwords lock the user name for a while; the page says so in the same words whether or not the
/// user name exists, and refuses even the right password until the lockout ends.
/// </summary>
public sealed class SignInLockoutTests : IAsyncLifetime
{
    private const string Locked = "Too many failed sign-ins";
    private IdentityHost _identity = null!;

    public async Task InitializeAsync() => _identity = await IdentityHost.StartAsync(new Dictionary<string, string?>
    {
        ["Identity:SignInLockout:MaxFailedAttempts"] = "3",
        ["Identity:SignInLockout:Window"] = "00:15:00",
        ["Identity:SignInLockout:LockoutDuration"] = "00:15:00",
    });

    public async Task DisposeAsync() => await _identity.DisposeAsync();

    [Fact]
    public async Task After_the_allowed_failures_even_the_right_password_is_refused_and_other_people_still_sign_in()
    {
        var coordinator = User("coordinator-450900");
        using var browser = ConsoleFlow.Browser(_identity.Address);
        var signInPage = await SignInPageAsync(browser);

        for (var i = 0; i < 2; i++)
        {
            var wrong = await ConsoleFlow.SubmitAsync(browser, signInPage, coordinator.UserName, "wrong");
            Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
            Assert.DoesNotContain(Locked, await wrong.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        var third = await ConsoleFlow.SubmitAsync(browser, signInPage, coordinator.UserName.ToUpperInvariant(), "wrong");
        Assert.Contains(Locked, await third.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var right = await ConsoleFlow.SubmitAsync(browser, signInPage, coordinator.UserName, DemoPasswords.Of(coordinator));
        Assert.Equal(HttpStatusCode.TooManyRequests, right.StatusCode);
        Assert.Contains(Locked, await right.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var staff = User("staff-450900");
        using var other = ConsoleFlow.Browser(_identity.Address);
        var otherSignedIn = await ConsoleFlow.SubmitAsync(other, await SignInPageAsync(other), staff.UserName, DemoPasswords.Of(staff));
        Assert.Equal(HttpStatusCode.Redirect, otherSignedIn.StatusCode);
    }

    [Fact]
    public async Task An_unknown_user_name_is_locked_in_the_same_words_so_the_page_tells_nothing_about_who_exists()
    {
        using var browser = ConsoleFlow.Browser(_identity.Address);
        var signInPage = await SignInPageAsync(browser);
        var known = new List<string>();
        var unknown = new List<string>();

        for (var i = 0; i < 4; i++)
        {
            known.Add(await (await ConsoleFlow.SubmitAsync(browser, signInPage, "staff-451100", "wrong")).Content.ReadAsStringAsync());
            unknown.Add(await (await ConsoleFlow.SubmitAsync(browser, signInPage, "nobody-451100", "wrong")).Content.ReadAsStringAsync());
        }

        Assert.Equal(known.Select(Alert), unknown.Select(Alert));
        Assert.Contains(Locked, Alert(unknown[^1]), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_successful_sign_in_clears_the_earlier_failures()
    {
        var staff = User("staff-441200");
        using var browser = ConsoleFlow.Browser(_identity.Address);
        var signInPage = await SignInPageAsync(browser);

        for (var i = 0; i < 2; i++)
        {
            await ConsoleFlow.SubmitAsync(browser, signInPage, staff.UserName, "wrong");
        }

        Assert.Equal(HttpStatusCode.Redirect, (await ConsoleFlow.SubmitAsync(browser, signInPage, staff.UserName, DemoPasswords.Of(staff))).StatusCode);
        for (var i = 0; i < 2; i++)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await ConsoleFlow.SubmitAsync(browser, signInPage, staff.UserName, "wrong")).StatusCode);
        }
    }

    private UserRegistration User(string userName) =>
        _identity.Host.Services.GetRequiredService<IdentityOptions>().Users.Single(u => u.UserName == userName);

    private static async Task<Uri> SignInPageAsync(HttpClient browser)
    {
        var authorize = await browser.GetAsync(ConsoleFlow.AuthorizeUrl(ConsoleFlow.NewVerifier(), "lockout"));
        return authorize.Headers.Location!;
    }

    private static string Alert(string page)
    {
        var start = page.IndexOf("<p role=\"alert\">", StringComparison.Ordinal);
        return start < 0 ? "" : page[start..page.IndexOf("</p>", start, StringComparison.Ordinal)];
    }
}
