using System.Security.Claims;
using Corridor.BuildingBlocks.Security;
using Corridor.Identity.Clients;
using Corridor.Identity.People.Store;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Corridor.Identity.People;

/// <summary>The identity a person's tokens carry: user name as subject, display name, region, organ, roles and the granted scopes.</summary>
public static class UserClaims
{
    public static ClaimsIdentity Create(Person person, IEnumerable<string> roles, IEnumerable<string> scopes)
    {
        var identity = new ClaimsIdentity(TokenValidationParameters.DefaultAuthenticationType, Claims.Name, Claims.Role);
        identity.SetClaim(Claims.Subject, person.UserName);
        identity.SetClaim(Claims.Name, person.DisplayName);
        identity.SetClaim(CorridorClaims.Region, person.RegionCode);
        identity.SetClaim(CorridorClaims.Organ, person.OrganId);
        foreach (var role in roles.Distinct(StringComparer.Ordinal))
        {
            identity.AddClaim(new Claim(CorridorClaims.Role, role));
        }

        identity.SetScopes(scopes);
        identity.SetAudiences(CorridorScopes.Audience);
        identity.SetDestinations(static _ => [Destinations.AccessToken, Destinations.IdentityToken]);
        return identity;
    }
}
