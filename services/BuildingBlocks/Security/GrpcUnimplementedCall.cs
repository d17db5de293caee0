using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Corridor.BuildingBlocks.Security;

/// <summary>
/// The endpoints Grpc.AspNetCore maps to answer UNIMPLEMENTED for a service or method this host does not serve
/// ("{unimplementedService}/{unimplementedMethod}" and "{service}/{unimplementedMethod}"). They carry no
/// metadata of their own, so they would otherwise fall under the fallback policy and refuse (or ask a sync client
/// for a write scope) instead of saying the method does not exist.
/// </summary>
public static class GrpcUnimplementedCall
{
    // The route constraint Grpc.AspNetCore gives only those endpoints: it matches gRPC requests (POST, application/grpc).
    private const string Constraint = "grpcunimplemented";

    public static bool Is(Endpoint? endpoint) =>
        endpoint is RouteEndpoint route
        && route.RoutePattern.ParameterPolicies.Values.Any(policies => policies.Any(p => p.Content?.StartsWith(Constraint, StringComparison.Ordinal) == true));
}
