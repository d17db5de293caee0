using Corridor.BuildingBlocks.Domain;
using Corridor.BuildingBlocks.Reference;
using Corridor.BuildingBlocks.Security;
using Corridor.DevTools.Cli;
using Corridor.DevTools.Demo;

namespace Corridor.DevTools.Tokens;

/// <summary>Mints development tokens (issuer corridor-dev, audience corridor) signed with the given key.</summary>
public sealed class TokenIssuer : ICallerTokens
{
    private static readonly string[] KnownRoles =
        [CorridorRoles.Member, CorridorRoles.Coordinator, CorridorRoles.Secretariat, CorridorRoles.SyncClient, CorridorRoles.Admin];

    private readonly AuthOptions _options;
    private readonly TimeSpan _lifetime;

    public TokenIssuer(string signingKey, TimeSpan lifetime)
    {
        if (System.Text.Encoding.UTF8.GetByteCount(signingKey) < 32)
        {
            throw new UsageException("The signing key must be at least 32 bytes long.");
        }

        _options = new AuthOptions { DevelopmentSigningKey = signingKey };
        _lifetime = lifetime;
    }

    public string Issue(CallerIdentity caller)
    {
        if (!CorridorRegions.IsMember(caller.Region))
        {
            throw new UsageException($"Region '{caller.Region}' is not a corridor member region (GB/T 2260 code).");
        }

        if (!UnifiedSocialCreditCode.IsValid(caller.Organ))
        {
            throw new UsageException($"Organ '{caller.Organ}' is not a valid unified social credit code (GB 32100).");
        }

        var unknown = caller.Roles.Where(r => !KnownRoles.Contains(r)).ToArray();
        if (caller.Roles.Count == 0 || unknown.Length > 0)
        {
            throw new UsageException($"Roles must be some of: {string.Join(", ", KnownRoles)}.");
        }

        // A token's scopes bound what it can do: a person's token without any stands for a console sign-in, which asks for them all.
        if (caller.Scopes.Count == 0)
        {
            caller = caller with { Scopes = DemoCredentials.AllScopes.Split(' ').ToHashSet(StringComparer.Ordinal) };
        }

        return DevelopmentTokens.Issue(_options, caller, _lifetime);
    }

    public Task<string> TokenForAsync(CallerIdentity caller, CancellationToken cancellationToken) => Task.FromResult(Issue(caller));

    /// <summary>A token for the demo organ of <paramref name="regionCode"/>.</summary>
    public string IssueFor(string regionCode, params string[] roles) =>
        Issue(DemoCallers.Of(regionCode, roles));
}
