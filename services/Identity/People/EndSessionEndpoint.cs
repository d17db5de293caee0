using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Corridor.Identity.People;

/// <summary>
/// Sign-out (OpenID Connect RP-initiated logout) after OpenIddict has validated the request and its
/// <c>id_token_hint</c>: ends the sign-in cookie and revokes the person's console refresh tokens, so that a
/// signed-out console can neither continue silently nor be refreshed from a copied token.
/// </summary>
internal static class EndSessionEndpoint
{
    public const string Path = "/connect/logout";

    public static IEndpointRouteBuilder MapEndSessionEndpoint(this IEndpointRouteBuilder app)
    {
        app.MapMethods(Path, [HttpMethods.Get, HttpMethods.Post], EndSessionAsync).ExcludeFromDescription();
        return app;
    }

    private static async Task<IResult> EndSessionAsync(
        HttpContext http, IdentityOptions options, IOpenIddictApplicationManager applications, IOpenIddictTokenManager tokens, CancellationToken cancellationToken)
    {
        // The hint names who signs out; without it any page could sign a person out behind their back (logout CSRF).
        var hint = await http.AuthenticateAsync(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
        var subject = hint.Principal?.GetClaim(Claims.Subject);
        if (string.IsNullOrEmpty(subject))
        {
            return Results.Problem(
                statusCode: StatusCodes.Status400BadRequest,
                title: "id_token_hint is required",
                detail: "Sign-out needs the ID token of the session it ends (id_token_hint).");
        }

        await http.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        var console = await applications.FindByClientIdAsync(options.Console.ClientId, cancellationToken);
        if (console is not null)
        {
            var consoleId = await applications.GetIdAsync(console, cancellationToken);
            // Every stored token of the person's console sessions; the refresh tokens are the ones that matter.
            await tokens.RevokeAsync(subject, consoleId, status: null, type: null, cancellationToken);
        }

        return Results.SignOut(authenticationSchemes: [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
    }
}
