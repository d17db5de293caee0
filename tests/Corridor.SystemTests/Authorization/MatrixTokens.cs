using Corridor.BuildingBlocks.Domain;
using Corridor.BuildingBlocks.Security;
using Corridor.Testing;

namespace Corridor.SystemTests.Authorization;

/// <summary>The callers of the matrix as tokens: people by role and region, sync clients by scope, and tokens that must not be accepted.</summary>
public static class MatrixTokens
{
    private static readonly AuthOptions OtherKey = new()
    {
        Issuer = TestTokens.Options.Issuer,
        Audience = TestTokens.Options.Audience,
        DevelopmentSigningKey = "a-key-the-services-have-never-been-given-0123456789",
    };

    /// <summary>The own region's coordinator sits in another organ of the region than the member whose records are tested.</summary>
    public static DemoOrgan OwnCoordinatorOrgan { get; } = new(UnifiedSocialCreditCode.Complete("11450900MB0000099"), "玉林市机关党建联席会议协调办", "450900");

    public const string ConsoleClientId = "corridor-console";

    public static DemoOrgan Own => DemoOrgans.Yulin;

    public static DemoOrgan Other => DemoOrgans.Hezhou;

    /// <summary>The other party of the own region's projects and agreements; not one of the matrix callers.</summary>
    public static DemoOrgan Partner => DemoOrgans.Zhaoqing;

    public static string For(MatrixCaller caller, string service) => caller switch
    {
        MatrixCaller.OwnMember => Person(Own, "staff-450900", CorridorRoles.Member),
        MatrixCaller.OtherMember => Person(Other, "staff-451100", CorridorRoles.Member),
        MatrixCaller.OwnCoordinator => Person(OwnCoordinatorOrgan, "coordinator-450900", CorridorRoles.Member, CorridorRoles.Coordinator),
        MatrixCaller.OtherCoordinator => Person(Other, "coordinator-451100", CorridorRoles.Member, CorridorRoles.Coordinator),
        MatrixCaller.Secretariat => Person(DemoOrgans.Guangxi, "secretariat", CorridorRoles.Member, CorridorRoles.Secretariat),
        // A provincial client holds the read scopes of the other services too: some writes read another service on its behalf.
        MatrixCaller.OwnSyncClient => SyncClient(Own, [$"{service}.write", .. ServiceUnderTest.Names.Select(n => $"{n}.read")]),
        _ => throw new ArgumentOutOfRangeException(nameof(caller), caller, "One caller at a time."),
    };

    /// <summary>A person signed in through the console, which asks for every scope (as Identity grants it to the console).</summary>
    public static string Person(DemoOrgan organ, string subject, params string[] roles) =>
        PersonWithScopes(organ, subject, ["openid", .. AllScopes], roles);

    /// <summary>A person signed in through the console whose token was granted exactly <paramref name="scopes"/>.</summary>
    public static string PersonWithScopes(DemoOrgan organ, string subject, IEnumerable<string> scopes, params string[] roles) =>
        DevelopmentTokens.Issue(
            TestTokens.Options,
            new CallerIdentity(subject, organ.RegionCode, organ.Id, roles)
            {
                ClientId = ConsoleClientId,
                Scopes = scopes.ToHashSet(StringComparer.Ordinal),
            },
            TimeSpan.FromHours(1));

    /// <summary>A provincial sync client: its client id is its subject, it acts for its organ and holds exactly <paramref name="scopes"/>.</summary>
    public static string SyncClient(DemoOrgan organ, params string[] scopes) =>
        DevelopmentTokens.Issue(
            TestTokens.Options,
            new CallerIdentity($"sync-{organ.RegionCode}", organ.RegionCode, organ.Id, [CorridorRoles.SyncClient, CorridorRoles.Member])
            {
                ClientId = $"sync-{organ.RegionCode}",
                Scopes = scopes.ToHashSet(StringComparer.Ordinal),
            },
            TimeSpan.FromHours(1));

    /// <summary>A token that would be allowed everything (every scope, the secretariat's role) but has expired.</summary>
    public static string Expired(DemoOrgan organ) =>
        DevelopmentTokens.Issue(TestTokens.Options, Everything("expired", organ), TimeSpan.FromMinutes(-10));

    /// <summary>A token that would be allowed everything, signed by a key the services do not trust.</summary>
    public static string SignedByAnotherKey(DemoOrgan organ) =>
        DevelopmentTokens.Issue(OtherKey, Everything("forged", organ), TimeSpan.FromHours(1));

    public static IReadOnlyList<string> AllScopes { get; } = [.. ServiceUnderTest.Names.SelectMany(n => new[] { $"{n}.read", $"{n}.write" })];

    private static CallerIdentity Everything(string subject, DemoOrgan organ) =>
        new(subject, organ.RegionCode, organ.Id, [CorridorRoles.Member, CorridorRoles.Secretariat])
        {
            ClientId = ConsoleClientId,
            Scopes = AllScopes.Append("openid").ToHashSet(StringComparer.Ordinal),
        };
}
