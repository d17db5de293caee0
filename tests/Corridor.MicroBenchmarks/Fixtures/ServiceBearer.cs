using System.Security.Claims;
using System.Security.Cryptography;
using Corridor.BuildingBlocks.Security;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Corridor.MicroBenchmarks.Fixtures;

/// <summary>
/// The JwtBearer options a service ends up with after AddCorridorAuthentication (the development key, as the local run
/// and the test hosts configure it), and access tokens for <see cref="BenchCaller"/>: one signed with that key
/// (DevelopmentTokens, as TestTokens issues them) and one signed RS256 with a 2048-bit RSA key, as Identity signs.
/// </summary>
internal sealed class ServiceBearer
{
    public const string Issuer = "corridor-bench";

    public const string IdentityIssuer = "http://identity.corridor.local/";

    private const string SigningKey = "corridor-bench-signing-key-0123456789abcdef";

    private ServiceBearer(JwtBearerOptions options, string developmentToken, string identityToken, SecurityKey identityKey)
    {
        Options = options;
        DevelopmentToken = developmentToken;
        IdentityToken = identityToken;
        IdentityKey = identityKey;
    }

    public JwtBearerOptions Options { get; }

    public string DevelopmentToken { get; }

    public string IdentityToken { get; }

    /// <summary>Identity's public key as a service receives it from the authority's JWKS.</summary>
    public SecurityKey IdentityKey { get; }

    public byte[] DevelopmentKeyBytes => System.Text.Encoding.UTF8.GetBytes(SigningKey);

    public static ServiceBearer Create()
    {
        var auth = new AuthOptions { Issuer = Issuer, DevelopmentSigningKey = SigningKey };
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings { EnvironmentName = Environments.Development });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Auth:Issuer"] = auth.Issuer,
            ["Auth:Audience"] = auth.Audience,
            ["Auth:DevelopmentSigningKey"] = auth.DevelopmentSigningKey,
        });
        builder.AddCorridorAuthentication("lists");
        using var host = builder.Build();
        var options = host.Services.GetRequiredService<IOptionsMonitor<JwtBearerOptions>>().Get(JwtBearerDefaults.AuthenticationScheme);

        using var rsa = RSA.Create(2048);
        var signing = new RsaSecurityKey(rsa.ExportParameters(includePrivateParameters: true)) { KeyId = "identity-signing" };
        var published = JsonWebKeyConverter.ConvertFromRSASecurityKey(new RsaSecurityKey(rsa.ExportParameters(includePrivateParameters: false)) { KeyId = "identity-signing" });
        return new ServiceBearer(
            options,
            DevelopmentTokens.Issue(auth, BenchCaller.Member, TimeSpan.FromHours(1)),
            IdentityAccessToken(auth.Audience, new SigningCredentials(signing, SecurityAlgorithms.RsaSha256)),
            published);
    }

    // The claims DevelopmentTokens.Issue writes, signed as Identity signs (OpenIddict marks access tokens at+jwt).
    private static string IdentityAccessToken(string audience, SigningCredentials credentials)
    {
        var caller = BenchCaller.Member;
        var claims = new List<Claim>
        {
            new(JwtRegisteredClaimNames.Sub, caller.Subject),
            new(CorridorClaims.Region, caller.Region),
            new(CorridorClaims.Organ, caller.Organ),
            new(CorridorClaims.Scope, string.Join(' ', caller.Scopes.Order(StringComparer.Ordinal))),
        };
        claims.AddRange(caller.Roles.Select(r => new Claim(CorridorClaims.Role, r)));
        var now = DateTime.UtcNow;
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = IdentityIssuer,
            Audience = audience,
            Subject = new ClaimsIdentity(claims),
            TokenType = "at+jwt",
            IssuedAt = now,
            NotBefore = now,
            Expires = now.AddHours(1),
            SigningCredentials = credentials,
        });
    }
}
