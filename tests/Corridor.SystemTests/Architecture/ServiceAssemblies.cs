using System.Reflection;
using Corridor.Agreements;
using Corridor.BuildingBlocks.Domain;
using Corridor.Gateway;
using Corridor.Identity;
using Corridor.Lists;
using Corridor.Teams;

namespace Corridor.SystemTests.Architecture;

/// <summary>The assemblies the architecture rules are about, named once.</summary>
internal static class ServiceAssemblies
{
    public static Assembly Lists => typeof(ListsServiceExtensions).Assembly;

    public static Assembly Agreements => typeof(AgreementsServiceExtensions).Assembly;

    public static Assembly Teams => typeof(TeamsServiceExtensions).Assembly;

    public static Assembly Identity => typeof(IdentityOptions).Assembly;

    public static Assembly Gateway => typeof(GatewayServiceMarker).Assembly;

    public static Assembly BuildingBlocks => typeof(AggregateRoot).Assembly;

    public static Assembly Contracts => typeof(Contracts.Events.IIntegrationEvent).Assembly;

    /// <summary>The services that hold records, with the business features in them.</summary>
    public static TheoryData<string> FeatureServices => new() { "Lists", "Agreements", "Teams" };

    public static IReadOnlyDictionary<string, Assembly> Services { get; } = new Dictionary<string, Assembly>
    {
        ["Lists"] = Lists,
        ["Agreements"] = Agreements,
        ["Teams"] = Teams,
        ["Identity"] = Identity,
        ["Gateway"] = Gateway,
    };
}
