using System.Net;
using System.Text.Json;
using Corridor.TestKit;
using static Corridor.Identity.Tests.Integration.PersonSession;

namespace Corridor.Identity.Tests.Integration;

/// <summary>
/// Identity's stored lockout: the configured number of wrong passwords locks a person for the configured period (short
/// here), the right password is refused meanwhile without a token, and works again once the period has passed.
/// </summary>
public sealed class PersonLockoutTests : IAsyncLifetime
{
    private const string Locked = "Too many failed sign-ins";
    private IdentityHost _identity = null!;

    public async Task InitializeAsync() => _identity = await IdentityHost.StartAsync(new Dictionary<string, string?>
    {
        ["Identity:SignInLockout:MaxFailedAttempts"] = "3",
        ["Identity:SignInLockout:LockoutDuration"] = "00:00:03",
    });

    public async Task DisposeAsync() => await _identity.DisposeAsync();

    [Fact]
    public async Task Three_wrong_passwords_lock_the_person_the_right_one_is_refused_until_the_period_passes()
    {
        using var browser = ConsoleFlow.Browser(_identity.Address);
        for (var i = 0; i < 2; i++)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await SubmitAsync(browser, "staff-520000", "wrong")).StatusCode);
        }

        var third = await SubmitAsync(browser, "staff-520000", "wrong");
        Assert.Equal(HttpStatusCode.TooManyRequests, third.StatusCode);
        Assert.Contains(Locked, await AlertAsync(third), StringComparison.Ordinal);

        // The lock is stored: the people API shows it.
        using var secretariat = await ApiAsync(_identity.Address, "secretariat", "demo-secretariat");
        var (person, _) = await FindAsync(secretariat, "staff-520000");
        Assert.True(person.GetProperty("lockedOut").GetBoolean());
        Assert.False(person.GetProperty("lockedByManager").GetBoolean());

        var right = await SubmitAsync(browser, "staff-520000", "demo-staff-520000");
        Assert.Equal(HttpStatusCode.TooManyRequests, right.StatusCode);
        var authorize = await browser.GetAsync(ConsoleFlow.AuthorizeUrl(ConsoleFlow.NewVerifier(), "locked"));
        Assert.Equal(Corridor.Identity.People.SignInPage.Path, authorize.Headers.Location!.AbsolutePath);

        // Tried again until the period has passed; refused attempts while locked do not extend it.
        await Eventually.TrueAsync(
            async () => (await SubmitAsync(browser, "staff-520000", "demo-staff-520000")).StatusCode == HttpStatusCode.Redirect,
            TimeSpan.FromSeconds(30),
            "the lockout ends after its period");
        var tokens = await RedeemAfterSignInAsync(_identity.Address, browser);
        Assert.Equal(JsonValueKind.String, tokens.GetProperty("access_token").ValueKind);
    }
}
