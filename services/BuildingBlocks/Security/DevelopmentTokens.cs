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

        var now = DateTime.UtcNow;
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = options.Issuer,
            Audience = options.Audience,
            Subject = new ClaimsIdentity(claims),
            NotBefore = now.AddMinutes(-1),
            Expires = now.Add(lifetime),
            SigningCredentials = new SigningCredentials(SigningKey(key), SecurityAlgorithms.HmacSha256),
        });
    }
}
