using System.Security.Claims;
using Microsoft.AspNetCore;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;

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

    private static async Task<IResult> IssueAsync(HttpContext http, IOpenIddictApplicationManager applications, CancellationToken cancellationToken)
    {
        var request = http.GetOpenIddictServerRequest()
            ?? throw new InvalidOperationException("The OpenIddict server request cannot be retrieved.");
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
}
