using System.Net;
using System.Text.Json;
using Corridor.BuildingBlocks.Security;
using Corridor.Testing;
using Microsoft.IdentityModel.JsonWebTokens;
using static Corridor.Identity.Tests.Integration.PersonSession;

namespace Corridor.Identity.Tests.Integration;

/// <summary>People created, reset and managed through the people API, and the limits of a coordinator's authority.</summary>
public sealed class PeopleApiTests : IAsyncLifetime
{
    private const string People = "/api/v1/people";
    private IdentityHost _identity = null!;

    public async Task InitializeAsync() => _identity = await IdentityHost.StartAsync();

    public async Task DisposeAsync() => await _identity.DisposeAsync();

    [Fact]
    public async Task A_person_created_through_the_API_signs_in_at_once_and_the_token_carries_the_organ_region_and_roles_given()
    {
        using var secretariat = await ApiAsync(_identity.Address, "secretariat", "demo-secretariat");

        var created = await PostAsync(secretariat, People, new
        {
            userName = "li.wei",
            displayName = "李伟",
            organId = DemoOrgans.Yulin.Id,
            regionCode = DemoOrgans.Yulin.RegionCode,
            roles = new[] { CorridorRoles.Member, CorridorRoles.Coordinator },
            initialPassword = "yulin-coordinator-2026",
        });
        var body = await created.ReadAsAsync<JsonElement>(HttpStatusCode.Created);
        Assert.Equal("\"v1\"", created.Headers.ETag!.ToString());
        Assert.Equal(JsonValueKind.Null, body.GetProperty("generatedPassword").ValueKind);

        var access = new JsonWebToken((await SignInAsync(_identity.Address, "li.wei", "yulin-coordinator-2026")).GetProperty("access_token").GetString());
        Assert.Equal("li.wei", access.Subject);
        Assert.Equal("李伟", access.GetClaim("name").Value);
        Assert.Equal(DemoOrgans.Yulin.Id, access.GetClaim(CorridorClaims.Organ).Value);
        Assert.Equal(DemoOrgans.Yulin.RegionCode, access.GetClaim(CorridorClaims.Region).Value);
        Assert.Equal(
            [CorridorRoles.Coordinator, CorridorRoles.Member],
            access.Claims.Where(c => c.Type == CorridorClaims.Role).Select(c => c.Value).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_reset_gives_a_temporary_password_that_only_opens_the_change_form_once_and_the_new_password_then_signs_in()
    {
        using var coordinator = await ApiAsync(_identity.Address, "coordinator-450900", "demo-coordinator-450900");
        var (staff, etag) = await FindAsync(coordinator, "staff-450900");
        using var signedInBefore = ConsoleFlow.Browser(_identity.Address);
        Assert.Equal(HttpStatusCode.Redirect, (await SubmitAsync(signedInBefore, "staff-450900", "demo-staff-450900")).StatusCode);

        var reset = await PostAsync(coordinator, $"{People}/{staff.GetProperty("id").GetString()}/password-reset", null, etag);
        var temporary = (await reset.ReadAsAsync<JsonElement>(HttpStatusCode.OK)).GetProperty("password").GetString()!;
        Assert.Equal("no-store", reset.Headers.CacheControl!.ToString());

        using var browser = ConsoleFlow.Browser(_identity.Address);
        Assert.Equal(HttpStatusCode.Unauthorized, (await SubmitAsync(browser, "staff-450900", "demo-staff-450900")).StatusCode);
        var withTemporary = await SubmitAsync(browser, "staff-450900", temporary);
        var changeForm = await withTemporary.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, withTemporary.StatusCode);
        Assert.True(IsChangePasswordForm(changeForm));

        // The temporary password gave no session: the authorization request still goes to the sign-in page.
        var authorize = await browser.GetAsync(ConsoleFlow.AuthorizeUrl(ConsoleFlow.NewVerifier(), "not-yet"));
        Assert.Equal(Corridor.Identity.People.SignInPage.Path, authorize.Headers.Location!.AbsolutePath);

        var tooShort = await ConsoleFlow.ChangePasswordAsync(browser, changeForm, "staff-450900", temporary, "short1");
        Assert.Equal(HttpStatusCode.BadRequest, tooShort.StatusCode);
        var changed = await ConsoleFlow.ChangePasswordAsync(browser, changeForm, "staff-450900", temporary, "yulin-staff-new-2026");
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        var tokens = await RedeemAfterSignInAsync(_identity.Address, browser);
        Assert.Equal("staff-450900", new JsonWebToken(tokens.GetProperty("access_token").GetString()).Subject);

        // A session from before the reset ended with it, also now that the password has been changed.
        var stale = await signedInBefore.GetAsync(ConsoleFlow.AuthorizeUrl(ConsoleFlow.NewVerifier(), "stale"));
        Assert.Equal(Corridor.Identity.People.SignInPage.Path, stale.Headers.Location!.AbsolutePath);

        using var other = ConsoleFlow.Browser(_identity.Address);
        Assert.Equal(HttpStatusCode.Unauthorized, (await SubmitAsync(other, "staff-450900", temporary)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await SubmitAsync(other, "staff-450900", "yulin-staff-new-2026")).StatusCode);
    }

    [Fact]
    public async Task A_coordinator_manages_only_their_own_regions_people_and_grants_no_coordinator_secretariat_or_admin()
    {
        using var coordinator = await ApiAsync(_identity.Address, "coordinator-450900", "demo-coordinator-450900");
        using var secretariat = await ApiAsync(_identity.Address, "secretariat", "demo-secretariat");
        var (zhaoqingStaff, zhaoqingETag) = await FindAsync(secretariat, "staff-441200");
        var zhaoqingId = zhaoqingStaff.GetProperty("id").GetString();

        Assert.Equal("person.other-region", await CodeAsync(await coordinator.GetAsync($"{People}/{zhaoqingId}"), HttpStatusCode.Forbidden));
        Assert.Equal("person.other-region", await CodeAsync(await coordinator.GetAsync($"{People}?region=441200"), HttpStatusCode.Forbidden));
        Assert.Equal("person.other-region", await CodeAsync(
            await PostAsync(coordinator, $"{People}/{zhaoqingId}/password-reset", null, zhaoqingETag), HttpStatusCode.Forbidden));
        Assert.Equal("person.other-region", await CodeAsync(
            await PostAsync(coordinator, $"{People}/{zhaoqingId}/lock", null, zhaoqingETag), HttpStatusCode.Forbidden));
        Assert.Equal("person.other-region", await CodeAsync(await PostAsync(coordinator, People, NewPerson("zq.new", DemoOrgans.Zhaoqing, CorridorRoles.Member)), HttpStatusCode.Forbidden));
        Assert.Equal("person.role-not-grantable", await CodeAsync(
            await PostAsync(coordinator, People, NewPerson("yl.coord", DemoOrgans.Yulin, CorridorRoles.Member, CorridorRoles.Coordinator)), HttpStatusCode.Forbidden));

        // Their own region's staff: listed (and nobody else), and re-roled only within what they may grant.
        var own = await (await coordinator.GetAsync(People)).ReadAsAsync<JsonElement>(HttpStatusCode.OK);
        Assert.All(own.GetProperty("items").EnumerateArray(), p => Assert.Equal("450900", p.GetProperty("regionCode").GetString()));
        var (yulinStaff, yulinETag) = await FindAsync(coordinator, "staff-450900");
        var roles = $"{People}/{yulinStaff.GetProperty("id").GetString()}/roles";
        Assert.Equal("person.role-not-grantable", await CodeAsync(
            await PutAsync(coordinator, roles, new { roles = new[] { CorridorRoles.Member, CorridorRoles.Coordinator } }, yulinETag), HttpStatusCode.Forbidden));
        Assert.Equal(HttpStatusCode.Created, (await PostAsync(coordinator, People, NewPerson("yl.staff", DemoOrgans.Yulin, CorridorRoles.Member))).StatusCode);

        // The secretariat appoints a coordinator anywhere, but only an admin grants the secretariat role.
        Assert.Equal(HttpStatusCode.OK, (await PutAsync(secretariat, roles, new { roles = new[] { CorridorRoles.Member, CorridorRoles.Coordinator } }, yulinETag)).StatusCode);
        var (guangxiStaff, guangxiETag) = await FindAsync(secretariat, "staff-450000");
        Assert.Equal("person.role-not-grantable", await CodeAsync(await PutAsync(
            secretariat,
            $"{People}/{guangxiStaff.GetProperty("id").GetString()}/roles",
            new { roles = new[] { CorridorRoles.Member, CorridorRoles.Secretariat } },
            guangxiETag), HttpStatusCode.Forbidden));

        // A stale version is refused, and a missing one is required.
        Assert.Equal(HttpStatusCode.PreconditionFailed, (await PutAsync(secretariat, roles, new { roles = new[] { CorridorRoles.Member } }, yulinETag)).StatusCode);
        Assert.Equal((HttpStatusCode)428, (await PutAsync(secretariat, roles, new { roles = new[] { CorridorRoles.Member } }, null)).StatusCode);
    }

    [Fact]
    public async Task A_sync_client_and_an_anonymous_caller_are_refused()
    {
        using var anonymous = new HttpClient { BaseAddress = _identity.Address };
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync(People)).StatusCode);

        using var client = new HttpClient { BaseAddress = _identity.Address };
        client.DefaultRequestHeaders.Authorization = new("Bearer", await _identity.AccessTokenAsync(_identity.Client("450000"), "lists.read"));
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync(People)).StatusCode);
    }

    [Fact]
    public async Task A_locked_person_cannot_sign_in_or_refresh_until_unlocked_and_a_person_changes_their_own_password()
    {
        using var secretariat = await ApiAsync(_identity.Address, "secretariat", "demo-secretariat");
        using var staffApi = await ApiAsync(_identity.Address, "staff-500000", "demo-staff-500000");
        var (staff, etag) = await FindAsync(secretariat, "staff-500000");
        var id = staff.GetProperty("id").GetString();

        var locked = await PostAsync(secretariat, $"{People}/{id}/lock", null, etag);
        Assert.True((await locked.ReadAsAsync<JsonElement>(HttpStatusCode.OK)).GetProperty("lockedByManager").GetBoolean());
        using var browser = ConsoleFlow.Browser(_identity.Address);
        var refused = await SubmitAsync(browser, "staff-500000", "demo-staff-500000");
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Contains("This account is locked", await AlertAsync(refused), StringComparison.Ordinal);

        var unlocked = await PostAsync(secretariat, $"{People}/{id}/unlock", null, locked.Headers.ETag!.ToString());
        Assert.False((await unlocked.ReadAsAsync<JsonElement>(HttpStatusCode.OK)).GetProperty("lockedOut").GetBoolean());
        Assert.Equal(HttpStatusCode.Redirect, (await SubmitAsync(browser, "staff-500000", "demo-staff-500000")).StatusCode);

        var wrongCurrent = await PostAsync(staffApi, $"{People}/me/password", new { currentPassword = "not-it", newPassword = "chongqing-staff-2026" });
        Assert.Equal(HttpStatusCode.BadRequest, wrongCurrent.StatusCode);
        var changed = await PostAsync(staffApi, $"{People}/me/password", new { currentPassword = "demo-staff-500000", newPassword = "chongqing-staff-2026" });
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        using var later = ConsoleFlow.Browser(_identity.Address);
        Assert.Equal(HttpStatusCode.Unauthorized, (await SubmitAsync(later, "staff-500000", "demo-staff-500000")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await SubmitAsync(later, "staff-500000", "chongqing-staff-2026")).StatusCode);
    }

    private static object NewPerson(string userName, DemoOrgan organ, params string[] roles) => new
    {
        userName,
        displayName = userName,
        organId = organ.Id,
        regionCode = organ.RegionCode,
        roles,
        initialPassword = "a-good-password-2026",
    };

    private static async Task<string?> CodeAsync(HttpResponseMessage response, HttpStatusCode expected) =>
        (await response.ReadAsAsync<JsonElement>(expected)).GetProperty("code").GetString();
}
