using System.Security.Claims;
using Corridor.BuildingBlocks.Security;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Corridor.Identity.Clients;

/// <summary>The identity a sync client's access token carries: itself as subject, its region, organ and roles, the granted scopes.</summary>
public static class ClientClaims
{
    public const string RegionProperty = "region";
    public const string OrganProperty = "organ";

    /// <summary>Marks applications created from configuration, so clients removed from it are removed here too.</summary>
    public const string SeededProperty = "corridor_seeded";

    public static ClaimsIdentity Create(string clientId, string region, string organ, IEnumerable<string> scopes)
    {
        var identity = new ClaimsIdentity(TokenValidationParameters.DefaultAuthenticationType, Claims.Name, Claims.Role);
        identity.SetClaim(Claims.Subject, clientId);
        identity.SetClaim(CorridorClaims.Region, region);
        identity.SetClaim(CorridorClaims.Organ, organ);
        identity.AddClaim(new Claim(CorridorClaims.Role, CorridorRoles.SyncClient));
        identity.AddClaim(new Claim(CorridorClaims.Role, CorridorRoles.Member));
        identity.SetScopes(scopes);
        identity.SetAudiences(CorridorScopes.Audience);
        identity.SetDestinations(static _ => [Destinations.AccessToken]);
        return identity;
    }
}
