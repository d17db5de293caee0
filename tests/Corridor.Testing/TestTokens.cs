using Corridor.BuildingBlocks.Security;

namespace Corridor.Testing;

/// <summary>Development tokens for test callers, signed with the key every test host is given.</summary>
public static class TestTokens
{
    public static AuthOptions Options { get; } = new()
    {
        Issuer = "corridor-test",
        Audience = "corridor",
        DevelopmentSigningKey = "corridor-test-signing-key-0123456789abcdef",
    };

    /// <summary>
    /// Every scope of every service, as the console asks for them: a token's scopes bound what any caller can do, so a
    /// person's test token carries them all and its roles alone decide.
    /// </summary>
    public static IReadOnlyList<string> AllScopes { get; } =
        ["lists.read", "lists.write", "agreements.read", "agreements.write", "teams.read", "teams.write", "directory.read", "directory.write", "notifications.read", "notifications.write"];

    public static string For(DemoOrgan organ, params string[] roles) =>
        DevelopmentTokens.Issue(
            Options,
            new CallerIdentity($"{organ.Name}/{string.Join('+', roles)}", organ.RegionCode, organ.Id, roles.Length == 0 ? [CorridorRoles.Member] : roles)
            {
                Scopes = AllScopes.ToHashSet(StringComparer.Ordinal),
            },
            TimeSpan.FromHours(1));

    public static string Member(DemoOrgan organ) => For(organ, CorridorRoles.Member);

    public static string Coordinator(DemoOrgan organ) => For(organ, CorridorRoles.Member, CorridorRoles.Coordinator);

    public static string Secretariat() => For(DemoOrgans.Guangxi, CorridorRoles.Member, CorridorRoles.Secretariat);
}
