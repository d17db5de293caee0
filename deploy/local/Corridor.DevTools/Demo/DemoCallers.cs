using Corridor.BuildingBlocks.Reference;
using Corridor.BuildingBlocks.Security;
using Corridor.DevTools.Tokens;

namespace Corridor.DevTools.Demo;

/// <summary>The people of the demo organs who call the services.</summary>
public static class DemoCallers
{
    public static CallerIdentity Of(string regionCode, params string[] roles) =>
        new($"demo-{regionCode}-{roles.LastOrDefault() ?? CorridorRoles.Member}", regionCode, DemoOrgans.Of(regionCode).OrganId, roles);

    public static CallerIdentity Member(string regionCode) => Of(regionCode, CorridorRoles.Member);

    public static CallerIdentity Coordinator(string regionCode) => Of(regionCode, CorridorRoles.Member, CorridorRoles.Coordinator);

    /// <summary>The region's provincial system, as its sync client.</summary>
    public static CallerIdentity SyncClient(string regionCode) => Of(regionCode, CorridorRoles.Member, CorridorRoles.SyncClient) with
    {
        // As the Identity service issues it: the client is its own subject and holds the read and write scopes of every service.
        Subject = $"sync-{regionCode}",
        ClientId = $"sync-{regionCode}",
        Scopes = DemoCredentials.AllScopes.Split(' ').ToHashSet(StringComparer.Ordinal),
    };

    /// <summary>The region's sync client acting for another organ of the region (the Corridor-Organ header).</summary>
    public static CallerIdentity SyncClientFor(DemoDirectoryOrgan organ) => SyncClient(organ.RegionCode) with
    {
        Organ = organ.OrganId ?? throw new ArgumentException($"{organ.FullName} has no credit code to act for.", nameof(organ)),
    };

    /// <summary>The conference secretariat, hosted by the Guangxi organ.</summary>
    public static CallerIdentity Secretariat() => Of(CorridorRegions.SecretariatRegion, CorridorRoles.Member, CorridorRoles.Secretariat);
}
