using System.Security.Claims;
using Corridor.Identity.People;
using Corridor.Identity.People.Store;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Corridor.Identity.Clients;

/// <summary>
/// The token endpoint after OpenIddict has authenticated the client and validated the grant and the
/// scopes (passthrough): builds the access token's identity from the client's stored region and organ.
/// </summary>
internal static class TokenEndpoint
{
    public const string Path = "/connect/token";

    public static IEndpointRouteBuilder MapTokenEndpoint(this IEndpointRouteBuilder app)
    {
        app.MapPost(Path, IssueAsync).ExcludeFromDescription();
        return app;
    }

    private static async Task<IResult> IssueAsync(HttpContext http, IOpenIddictApplicationManager applications, ActivePeople people, CancellationToken cancellationToken)
    {
        var request = http.GetOpenIddictServerRequest()
            ?? throw new InvalidOperationException("The OpenIddict server request cannot be retrieved.");
        if (request.IsAuthorizationCodeGrantType() || request.IsRefreshTokenGrantType())
        {
            return await ReissueForPersonAsync(http, people);
        }

        if (!request.IsClientCredentialsGrantType())
        {
            throw new InvalidOperationException($"Grant type '{request.GrantType}' is not enabled on this server.");
        }

        var clientId = request.ClientId ?? throw new InvalidOperationException("OpenIddict authenticated a client without an id.");
        var application = await applications.FindByClientIdAsync(clientId, cancellationToken)
            ?? throw new InvalidOperationException($"Client '{clientId}' vanished after it was authenticated.");
        var properties = await applications.GetPropertiesAsync(application, cancellationToken);
        var identity = ClientClaims.Create(
            clientId,
            properties[ClientClaims.RegionProperty].GetString()!,
            properties[ClientClaims.OrganProperty].GetString()!,
            request.GetScopes());
        return Results.SignIn(new ClaimsPrincipal(identity), properties: null, OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    }

    // OpenIddict has checked the code (client, redirect URI, PKCE verifier) or the refresh token (not expired,
    // revoked or already redeemed); the person is read again from the store so that one removed, locked or reset
    // since sign-in gets no token, and a changed role takes effect at the next refresh.
    private static async Task<IResult> ReissueForPersonAsync(HttpContext http, ActivePeople people)
    {
        var grant = await http.AuthenticateAsync(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
        var person = await people.FindAsync(grant.Principal?.GetClaim(Claims.Subject));
        if (person is not { } found)
        {
            return Results.Forbid(
                new AuthenticationProperties(new Dictionary<string, string?>
                {
                    [OpenIddictServerAspNetCoreConstants.Properties.Error] = Errors.InvalidGrant,
                    [OpenIddictServerAspNetCoreConstants.Properties.ErrorDescription] = "The person no longer exists, is locked or must change their password.",
                }),
                [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
        }

        var identity = UserClaims.Create(found.Person, found.Roles, grant.Principal!.GetScopes());

        // The same authorization for the whole chain of refresh tokens, so that sign-out can end all of it.
        identity.SetAuthorizationId(grant.Principal!.GetAuthorizationId());
        return Results.SignIn(new ClaimsPrincipal(identity), properties: null, OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    }
}
