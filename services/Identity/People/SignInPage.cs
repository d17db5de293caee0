using System.Globalization;
using System.Security.Claims;
using Corridor.Identity.People.Store;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Corridor.Identity.People;

/// <summary>
/// A minimal sign-in form: a stored person's right user name and password set the sign-in cookie and go back to the
/// authorization request. After a reset the temporary password leads to the change-password form instead.
/// </summary>
internal static class SignInPage
{
    public const string Path = "/account/sign-in";
    public const string ChangePasswordPath = "/account/change-password";

    public static IEndpointRouteBuilder MapSignInPage(this IEndpointRouteBuilder app)
    {
        app.MapGet(Path, (HttpContext http, IAntiforgery antiforgery, string? returnUrl) =>
            SignInPageHtml.SignInForm(http, antiforgery, returnUrl, error: null)).ExcludeFromDescription();
        app.MapPost(Path, SignInAsync).DisableAntiforgery().ExcludeFromDescription();
        app.MapPost(ChangePasswordPath, ChangePasswordAsync).DisableAntiforgery().ExcludeFromDescription();
        return app;
    }

    private static async Task<IResult> SignInAsync(HttpContext http, IAntiforgery antiforgery, PersonSignIn people)
    {
        // The form is read by hand so that a bad token is this page's answer, not an exception.
        if (!await antiforgery.IsRequestValidAsync(http))
        {
            return Results.BadRequest();
        }

        var form = await http.Request.ReadFormAsync();
        var returnUrl = form["returnUrl"].ToString();
        var userName = form["userName"].ToString();
        return await people.CheckAsync(userName, form["password"].ToString()) switch
        {
            SignInOutcome.SignedIn signedIn => await SignInCookieAsync(http, signedIn.Person, returnUrl),
            SignInOutcome.MustChangePassword change => SignInPageHtml.ChangePasswordForm(http, antiforgery, returnUrl, change.Person.UserName!, error: null),
            var refused => Refused(http, antiforgery, returnUrl, refused),
        };
    }

    // The temporary password is asked again (it is never put in the page); once changed it no longer works.
    private static async Task<IResult> ChangePasswordAsync(HttpContext http, IAntiforgery antiforgery, PersonSignIn people, UserManager<Person> manager)
    {
        if (!await antiforgery.IsRequestValidAsync(http))
        {
            return Results.BadRequest();
        }

        var form = await http.Request.ReadFormAsync();
        var returnUrl = form["returnUrl"].ToString();
        var userName = form["userName"].ToString();
        var current = form["currentPassword"].ToString();
        var outcome = await people.CheckAsync(userName, current);
        if (outcome is not SignInOutcome.MustChangePassword and not SignInOutcome.SignedIn)
        {
            return Refused(http, antiforgery, returnUrl, outcome);
        }

        var person = outcome is SignInOutcome.MustChangePassword must ? must.Person : ((SignInOutcome.SignedIn)outcome).Person;
        var changed = await manager.ChangePasswordAsync(person, current, form["newPassword"].ToString());
        if (!changed.Succeeded)
        {
            var reasons = string.Join(" ", changed.Errors.Select(e => e.Description));
            return SignInPageHtml.ChangePasswordForm(
                http, antiforgery, returnUrl, userName, $"新密码不符合要求 / The new password is not accepted: {reasons}", StatusCodes.Status400BadRequest);
        }

        person.MustChangePassword = false;
        person.Version++;
        PeopleResults.ThrowIfFailed(await manager.UpdateAsync(person));
        return await SignInCookieAsync(http, person, returnUrl);
    }

    private static async Task<IResult> SignInCookieAsync(HttpContext http, Person person, string returnUrl)
    {
        var identity = new ClaimsIdentity(CookieAuthenticationDefaults.AuthenticationScheme, Claims.Name, Claims.Role);
        identity.AddClaim(new Claim(Claims.Subject, person.UserName!));
        identity.AddClaim(new Claim(Claims.Name, person.DisplayName));
        identity.AddClaim(new Claim(ActivePeople.SecurityStampClaim, person.SecurityStamp ?? ""));
        await http.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, new ClaimsPrincipal(identity));
        return Results.LocalRedirect(IsAuthorizationRequest(returnUrl) ? returnUrl : "/");
    }

    // The same words for a wrong password and a lockout whether or not the user name exists: the page must not tell which names are real.
    private static IResult Refused(HttpContext http, IAntiforgery antiforgery, string returnUrl, SignInOutcome outcome) => outcome switch
    {
        SignInOutcome.LockedOut locked => SignInPageHtml.SignInForm(
            http, antiforgery, returnUrl, LockedMessage(locked.Remaining), StatusCodes.Status429TooManyRequests),
        SignInOutcome.LockedByManager => SignInPageHtml.SignInForm(
            http,
            antiforgery,
            returnUrl,
            "此账号已被锁定，请联系本地区协调员或秘书处 / This account is locked; ask your region's coordinator or the secretariat to unlock it.",
            StatusCodes.Status403Forbidden),
        _ => SignInPageHtml.SignInForm(
            http, antiforgery, returnUrl, "用户名或密码不正确 / Wrong user name or password.", StatusCodes.Status401Unauthorized),
    };

    private static string LockedMessage(TimeSpan remaining)
    {
        var minutes = Math.Max(1, (int)Math.Ceiling(remaining.TotalMinutes)).ToString(CultureInfo.InvariantCulture);
        return $"登录失败次数过多，请 {minutes} 分钟后再试 / Too many failed sign-ins for this user name; try again in {minutes} minutes.";
    }

    // Only the authorization endpoint is a place to go back to: anything else would be an open redirect.
    private static bool IsAuthorizationRequest(string returnUrl) =>
        returnUrl.StartsWith(AuthorizeEndpoint.Path + "?", StringComparison.Ordinal);
}
