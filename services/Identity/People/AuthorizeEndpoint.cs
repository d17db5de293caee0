using System.Security.Claims;
using Corridor.Identity.People.Store;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;

namespace Corridor.Identity.People;

/// <summary>
/// The authorization endpoint after OpenIddict has validated the request (client, redirect URI, PKCE):
/// a person not signed in (or locked, reset or removed since) is sent to the sign-in page; a signed-in person gets a code
/// for their identity as stored now.
/// </summary>
internal static class AuthorizeEndpoint
{
    public const string Path = "/connect/authorize";

    public static IEndpointRouteBuilder MapAuthorizeEndpoint(this IEndpointRouteBuilder app)
    {
        app.MapMethods(Path, [HttpMethods.Get, HttpMethods.Post], AuthorizeAsync).ExcludeFromDescription();
        return app;
    }

    private static async Task<IResult> AuthorizeAsync(HttpContext http, ActivePeople people)
    {
        var request = http.GetOpenIddictServerRequest()
            ?? throw new InvalidOperationException("The OpenIddict server request cannot be retrieved.");
        var signedIn = await http.AuthenticateAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        var person = signedIn.Succeeded ? await people.FindSignedInAsync(signedIn.Principal) : null;
        if (person is not { } found)
        {
            var query = http.Request.HasFormContentType
                ? QueryString.Create((await http.Request.ReadFormAsync()).Select(f => KeyValuePair.Create(f.Key, f.Value)))
                : http.Request.QueryString;
            return Results.Challenge(
                new AuthenticationProperties { RedirectUri = http.Request.PathBase + http.Request.Path + query },
                [CookieAuthenticationDefaults.AuthenticationScheme]);
        }

        var identity = UserClaims.Create(found.Person, found.Roles, request.GetScopes());
        return Results.SignIn(new ClaimsPrincipal(identity), properties: null, OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    }
}
