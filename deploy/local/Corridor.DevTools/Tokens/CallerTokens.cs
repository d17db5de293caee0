using Corridor.DevTools.Cli;

namespace Corridor.DevTools.Tokens;

/// <summary>Chooses where the demo callers' tokens come from: the Identity service (default), or the development key.</summary>
public static class CallerTokens
{
    public const string DefaultIdentity = "http://127.0.0.1:5401";

    /// <summary><c>--key</c> mints development tokens (services configured with Auth:DevelopmentSigningKey); otherwise <c>--identity</c>.</summary>
    public static ICallerTokens From(string? key, string? identity)
    {
        if (key is null)
        {
            return new IdentityTokens(HttpUrl.Parse("identity", identity ?? DefaultIdentity));
        }

        if (identity is not null)
        {
            throw new UsageException("Give either --identity or --key, not both.");
        }

        return new TokenIssuer(key, TimeSpan.FromMinutes(30));
    }
}
