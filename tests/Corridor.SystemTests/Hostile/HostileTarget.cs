using Corridor.SystemTests.Authorization;
using Corridor.Testing;

namespace Corridor.SystemTests.Hostile;

/// <summary>One service of the running system as the hostile runs see it: its endpoints (authenticated and anonymous), addresses and services.</summary>
public sealed record HostileTarget(string Service, IReadOnlyList<ServiceEndpoint> Endpoints, Uri RestAddress, Uri GrpcAddress, IServiceProvider Services)
{
    public static HostileTarget Of(CorridorSystem system, string service) => service switch
    {
        "lists" => new(service, EndpointCatalog.Of(service, system.Lists.Services), system.Lists.RestAddress, system.Lists.GrpcAddress, system.Lists.Services),
        "agreements" => new(service, EndpointCatalog.Of(service, system.Agreements.Services), system.Agreements.RestAddress, system.Agreements.GrpcAddress, system.Agreements.Services),
        "teams" => new(service, EndpointCatalog.Of(service, system.Teams.Services), system.Teams.RestAddress, system.Teams.GrpcAddress, system.Teams.Services),
        _ => throw new ArgumentOutOfRangeException(nameof(service), service, "Not a Corridor service."),
    };
}
