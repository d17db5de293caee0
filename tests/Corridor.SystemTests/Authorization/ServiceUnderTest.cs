using Corridor.Testing;

namespace Corridor.SystemTests.Authorization;

/// <summary>A service of the running system by its scope prefix: its endpoints and an invoker for them.</summary>
public static class ServiceUnderTest
{
    public static readonly string[] Names = ["lists", "agreements", "teams"];

    public static (IReadOnlyList<ServiceEndpoint> Endpoints, EndpointInvoker Invoker) Of(CorridorSystem system, string service) => service switch
    {
        "lists" => (EndpointCatalog.Of(service, system.Lists.Services), new EndpointInvoker(system.Lists.RestAddress, system.Lists.GrpcAddress)),
        "agreements" => (EndpointCatalog.Of(service, system.Agreements.Services), new EndpointInvoker(system.Agreements.RestAddress, system.Agreements.GrpcAddress)),
        "teams" => (EndpointCatalog.Of(service, system.Teams.Services), new EndpointInvoker(system.Teams.RestAddress, system.Teams.GrpcAddress)),
        _ => throw new ArgumentOutOfRangeException(nameof(service), service, "Not a Corridor service with scopes."),
    };
}
