using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using BenchmarkDotNet.Attributes;
using Corridor.BuildingBlocks.Security;
using Corridor.MicroBenchmarks.Fixtures;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Corridor.MicroBenchmarks.Benchmarks;

/// <summary>
/// A service access token validated as JwtBearerHandler validates it per request: a clone of the service's
/// TokenValidationParameters, the options' JsonWebTokenHandler, a ClaimsPrincipal of the result. Baseline: parsing the
/// token only; beside it an HMAC-SHA256 of the same bytes (the signature check's floor).
/// </summary>
[MemoryDiagnoser]
public class JwtValidationBenchmarks
{
    private ServiceBearer _bearer = null!;
    private TokenHandler _handler = null!;
    private TokenValidationParameters _identityParameters = null!;
    private byte[] _signedBytes = null!;

    [GlobalSetup]
    public async Task SetupAsync()
    {
        _bearer = ServiceBearer.Create();
        _handler = _bearer.Options.TokenHandlers.Single();
        _identityParameters = _bearer.Options.TokenValidationParameters.Clone();
        _identityParameters.ValidIssuer = ServiceBearer.IdentityIssuer;
        _identityParameters.IssuerSigningKey = _bearer.IdentityKey;
        var token = _bearer.DevelopmentToken;
        _signedBytes = Encoding.ASCII.GetBytes(token[..token.LastIndexOf('.')]);

        // A benchmark of a refusal would measure the wrong path: both tokens must be accepted before anything is timed.
        Require(await ValidateDevelopmentToken());
        Require(await ValidateIdentityToken());
    }

    [Benchmark(Baseline = true)]
    public JsonWebToken ParseOnly() => new(_bearer.DevelopmentToken);

    [Benchmark]
    public byte[] HmacOfSignedBytes() => HMACSHA256.HashData(_bearer.DevelopmentKeyBytes, _signedBytes);

    [Benchmark]
    public Task<ClaimsPrincipal> ValidateDevelopmentToken() => ValidateAsync(_bearer.DevelopmentToken, _bearer.Options.TokenValidationParameters);

    [Benchmark]
    public Task<ClaimsPrincipal> ValidateIdentityToken() => ValidateAsync(_bearer.IdentityToken, _identityParameters);

    private static void Require(ClaimsPrincipal principal)
    {
        if (principal.FindFirst(CorridorClaims.Organ)?.Value != BenchCaller.OrganId)
        {
            throw new InvalidOperationException("The validated token lost the caller's organ claim.");
        }
    }

    private async Task<ClaimsPrincipal> ValidateAsync(string token, TokenValidationParameters parameters)
    {
        var result = await _handler.ValidateTokenAsync(token, parameters.Clone());
        return result.IsValid
            ? new ClaimsPrincipal(result.ClaimsIdentity)
            : throw new InvalidOperationException("The service refused the token.", result.Exception);
    }
}
