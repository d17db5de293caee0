using System.Globalization;
using System.Net;
using System.Security.Claims;
using Corridor.Identity.Throttling;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Corridor.Identity.People;

/// <summary>A minimal sign-in form: a correct user name and password set the sign-in cookie and go back to the authorization request.</summary>
internal static class SignInPage
{
    public const string Path = "/account/sign-in";

    public static IEndpointRouteBuilder MapSignInPage(this IEndpointRouteBuilder app)
    {
        app.MapGet(Path, (HttpContext http, IAntiforgery antiforgery, string? returnUrl) =>
            Page(http, antiforgery, returnUrl, error: null)).ExcludeFromDescription();
        app.MapPost(Path, SignInAsync).DisableAntiforgery().ExcludeFromDescription();
        return app;
    }

    private static async Task<IResult> SignInAsync(HttpContext http, IAntiforgery antiforgery, UserDirectory users, SignInLockout lockout)
    {
        // The form is read by hand so that a bad token is this page's answer, not an exception.
        if (!await antiforgery.IsRequestValidAsync(http))
        {
            return Results.BadRequest();
        }

        var form = await http.Request.ReadFormAsync();
        var returnUrl = form["returnUrl"].ToString();
        var userName = form["userName"].ToString();

        // A locked name is refused before its password is checked, so guessing on gets nowhere.
        if (lockout.LockedFor(userName) is { } locked)
        {
            return Locked(http, antiforgery, returnUrl, locked);
        }

        var user = users.SignIn(userName, form["password"]);
        if (user is null)
        {
            return lockout.RecordFailure(userName) is { } lockedNow
                ? Locked(http, antiforgery, returnUrl, lockedNow)
                : Page(http, antiforgery, returnUrl, "用户名或密码不正确 / Wrong user name or password.", StatusCodes.Status401Unauthorized);
        }

        lockout.Succeeded(userName);

        var identity = new ClaimsIdentity(CookieAuthenticationDefaults.AuthenticationScheme, Claims.Name, Claims.Role);
        identity.AddClaim(new Claim(Claims.Subject, user.UserName));
        identity.AddClaim(new Claim(Claims.Name, user.DisplayName));
        await http.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, new ClaimsPrincipal(identity));
        return Results.LocalRedirect(IsAuthorizationRequest(returnUrl) ? returnUrl : "/");
    }

    // The same words whether or not the user name exists: the page must not tell which names are real.
    private static IResult Locked(HttpContext http, IAntiforgery antiforgery, string returnUrl, TimeSpan remaining)
    {
        var minutes = Math.Max(1, (int)Math.Ceiling(remaining.TotalMinutes)).ToString(CultureInfo.InvariantCulture);
        return Page(
            http,
            antiforgery,
            returnUrl,
            $"登录失败次数过多，请 {minutes} 分钟后再试 / Too many failed sign-ins for this user name; try again in {minutes} minutes.",
            StatusCodes.Status429TooManyRequests);
    }

    // Only the authorization endpoint is a place to go back to: anything else would be an open redirect.
    private static bool IsAuthorizationRequest(string returnUrl) =>
        returnUrl.StartsWith(AuthorizeEndpoint.Path + "?", StringComparison.Ordinal);

    private static IResult Page(HttpContext http, IAntiforgery antiforgery, string? returnUrl, string? error, int status = StatusCodes.Status200OK)
    {
        var tokens = antiforgery.GetAndStoreTokens(http);
        var message = error is null ? "" : $"<p role=\"alert\">{WebUtility.HtmlEncode(error)}</p>";
        var html = $"""
            <!doctype html>
            <html lang="zh-CN"><head><meta charset="utf-8"><title>Corridor 登录 / Sign in</title></head>
            <body>
            <h1>Corridor 登录 / Sign in</h1>
            {message}
            <form method="post" action="{Path}">
            <input type="hidden" name="{WebUtility.HtmlEncode(tokens.FormFieldName)}" value="{WebUtility.HtmlEncode(tokens.RequestToken)}">
            <input type="hidden" name="returnUrl" value="{WebUtility.HtmlEncode(returnUrl ?? "")}">
            <label>用户名 / User name <input name="userName" autocomplete="username" required></label>
            <label>密码 / Password <input name="password" type="password" autocomplete="current-password" required></label>
            <button type="submit">登录 / Sign in</button>
            </form>
            </body></html>
            """;
        return Results.Content(html, "text/html; charset=utf-8", statusCode: status);
    }
}
