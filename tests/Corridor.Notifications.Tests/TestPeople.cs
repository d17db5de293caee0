using Corridor.BuildingBlocks.Security;
using Corridor.Contracts.Events;
using Corridor.Testing;

namespace Corridor.Notifications.Tests;

/// <summary>People as Identity announces them, and their bearer tokens (the subject is the user name, as Identity issues it).</summary>
public sealed record TestPerson(Guid Id, string UserName, DemoOrgan Organ, IReadOnlyList<string> Roles, string? Email = null)
{
    public PersonChanged Changed(long version = 1, bool active = true) =>
        new(Id, UserName, $"{Organ.Name}{UserName}", Organ.Id, Organ.RegionCode, Roles, Email, active, version, DateTime.UtcNow);

    public string Token() => DevelopmentTokens.Issue(
        TestTokens.Options,
        new CallerIdentity(UserName, Organ.RegionCode, Organ.Id, Roles) { Scopes = TestTokens.AllScopes.ToHashSet(StringComparer.Ordinal) },
        TimeSpan.FromHours(1));

    public static TestPerson Staff(DemoOrgan organ, string? name = null) =>
        new(Guid.NewGuid(), name ?? $"staff-{organ.RegionCode}-{Guid.NewGuid():N}"[..24], organ, [CorridorRoles.Member], $"{organ.RegionCode}@demo.corridor.local");

    public static TestPerson Coordinator(DemoOrgan organ) =>
        new(Guid.NewGuid(), $"coordinator-{organ.RegionCode}-{Guid.NewGuid():N}"[..30], organ, [CorridorRoles.Member, CorridorRoles.Coordinator]);

    public static TestPerson Secretariat() =>
        new(Guid.NewGuid(), $"secretariat-{Guid.NewGuid():N}"[..24], DemoOrgans.Guangxi, [CorridorRoles.Member, CorridorRoles.Secretariat]);
}
