using System.Security.Claims;
using System.Text;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Corridor.BuildingBlocks.Security;

/// <summary>Issues tokens signed with the development key, so the local run and tests need no identity provider.</summary>
public static class DevelopmentTokens
{
    public static SymmetricSecurityKey SigningKey(string key)
    {
        var bytes = Encoding.UTF8.GetBytes(key);
        if (bytes.Length < 32)
        {
            throw new InvalidOperationException("Auth:DevelopmentSigningKey must be at least 32 bytes long.");
        }

        return new SymmetricSecurityKey(bytes);
    }

    /// <summary>
    /// A token for <paramref name="caller"/>, with its client id and scopes when set. A negative
    /// <paramref name="lifetime"/> gives a token that has already expired.
    /// </summary>
    public static string Issue(AuthOptions options, CallerIdentity caller, TimeSpan lifetime)
    {
        var key = options.DevelopmentSigningKey
            ?? throw new InvalidOperationException("Auth:DevelopmentSigningKey is not configured.");
        var claims = new List<Claim>
        {
            new(JwtRegisteredClaimNames.Sub, caller.Subject),
            new(CorridorClaims.Region, caller.Region),
            new(CorridorClaims.Organ, caller.Organ),
        };
        claims.AddRange(caller.Roles.Select(r => new Claim(CorridorClaims.Role, r)));
        if (!string.IsNullOrEmpty(caller.ClientId))
        {
            claims.Add(new Claim(CorridorClaims.ClientId, caller.ClientId));
        }

        if (caller.Scopes.Count > 0)
        {
            claims.Add(new Claim(CorridorClaims.Scope, string.Join(' ', caller.Scopes.Order(StringComparer.Ordinal))));
        }

        var now = DateTime.UtcNow;
        var expires = now.Add(lifetime);
        var notBefore = expires > now ? now.AddMinutes(-1) : expires.AddMinutes(-5);
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = options.Issuer,
            Audience = options.Audience,
            Subject = new ClaimsIdentity(claims),
            IssuedAt = notBefore,
            NotBefore = notBefore,
            Expires = expires,
            SigningCredentials = new SigningCredentials(SigningKey(key), SecurityAlgorithms.HmacSha256),
        });
    }
}
