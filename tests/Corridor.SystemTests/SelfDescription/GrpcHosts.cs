using Corridor.Testing;
using Grpc.AspNetCore.Server;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Corridor.SystemTests.SelfDescription;

/// <summary>A gRPC port of the running system and the gRPC services its host maps.</summary>
internal sealed record GrpcHost(string Name, Uri Address, IReadOnlySet<string> MappedServices)
{
    public override string ToString() => Name;

    public static IReadOnlyList<GrpcHost> Of(CorridorSystem system, ServiceHost<Corridor.Gateway.GatewayServiceMarker> gateway) =>
    [
        From(system.Lists.Name, system.Lists.GrpcAddress, system.Lists.Services),
        From(system.Agreements.Name, system.Agreements.GrpcAddress, system.Agreements.Services),
        From(system.Teams.Name, system.Teams.GrpcAddress, system.Teams.Services),
        From(gateway.Name, gateway.GrpcAddress, gateway.Services),
    ];

    private static GrpcHost From(string name, Uri address, IServiceProvider services) => new(
        name,
        address,
        services.GetRequiredService<EndpointDataSource>().Endpoints
            .Select(e => e.Metadata.GetMetadata<GrpcMethodMetadata>()?.Method.ServiceName)
            .OfType<string>()
            .ToHashSet(StringComparer.Ordinal));
}
