using System.Net;
using Microsoft.AspNetCore.Antiforgery;

namespace Corridor.Identity.People;

/// <summary>The two forms of the sign-in page: user name and password, and the password change a reset demands.</summary>
internal static class SignInPageHtml
{
    public static IResult SignInForm(HttpContext http, IAntiforgery antiforgery, string? returnUrl, string? error, int status = StatusCodes.Status200OK) =>
        Page(http, antiforgery, SignInPage.Path, returnUrl, error, status, """
            <label>用户名 / User name <input name="userName" autocomplete="username" required></label>
            <label>密码 / Password <input name="password" type="password" autocomplete="current-password" required></label>
            <button type="submit">登录 / Sign in</button>
            """);

    public static IResult ChangePasswordForm(
        HttpContext http, IAntiforgery antiforgery, string? returnUrl, string userName, string? error, int status = StatusCodes.Status200OK) =>
        Page(http, antiforgery, SignInPage.ChangePasswordPath, returnUrl, error, status, $"""
            <p>请设置新密码 / Please choose a new password ({WebUtility.HtmlEncode(Store.PasswordRules.Description)}).</p>
            <input type="hidden" name="userName" value="{WebUtility.HtmlEncode(userName)}">
            <label>临时密码 / Temporary password <input name="currentPassword" type="password" autocomplete="current-password" required></label>
            <label>新密码 / New password <input name="newPassword" type="password" autocomplete="new-password" required></label>
            <button type="submit">修改密码并登录 / Change password and sign in</button>
            """);

    private static IResult Page(HttpContext http, IAntiforgery antiforgery, string action, string? returnUrl, string? error, int status, string fields)
    {
        var tokens = antiforgery.GetAndStoreTokens(http);
        var message = error is null ? "" : $"<p role=\"alert\">{WebUtility.HtmlEncode(error)}</p>";
        var html = $"""
            <!doctype html>
            <html lang="zh-CN"><head><meta charset="utf-8"><title>Corridor 登录 / Sign in</title></head>
            <body>
            <h1>Corridor 登录 / Sign in</h1>
            {message}
            <form method="post" action="{action}">
            <input type="hidden" name="{WebUtility.HtmlEncode(tokens.FormFieldName)}" value="{WebUtility.HtmlEncode(tokens.RequestToken)}">
            <input type="hidden" name="returnUrl" value="{WebUtility.HtmlEncode(returnUrl ?? "")}">
            {fields}
            </form>
            </body></html>
            """;
        return Results.Content(html, "text/html; charset=utf-8", statusCode: status);
    }
}
