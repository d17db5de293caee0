using Corridor.BuildingBlocks.Security;
using Grpc.AspNetCore.Server;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Corridor.SystemTests.Authorization;

/// <summary>
/// The endpoints a running host really serves, read from its routing (REST routes and the gRPC methods bound
/// from the service descriptors), so that a new endpoint cannot escape the matrix.
/// </summary>
public static class EndpointCatalog
{
    public static IReadOnlyList<ServiceEndpoint> Of(string service, IServiceProvider services) =>
        services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<IAllowAnonymous>() is null)
            .SelectMany(e => Describe(service, e))
            .DistinctBy(e => e.Key)
            .OrderBy(e => e.Key, StringComparer.Ordinal)
            .ToArray();

    private static IEnumerable<ServiceEndpoint> Describe(string service, RouteEndpoint endpoint)
    {
        if (endpoint.Metadata.GetMetadata<GrpcMethodMetadata>() is { } grpc)
        {
            var readOnly = endpoint.Metadata.GetMetadata<ReadOnlyCallAttribute>() is not null;
            yield return new ServiceEndpoint(service, grpc.Method.FullName, !readOnly, null, null, grpc.Method);
            yield break;
        }

        var route = "/" + endpoint.RoutePattern.RawText!.TrimStart('/');
        foreach (var method in endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? [])
        {
            var write = !HttpMethods.IsGet(method) && !HttpMethods.IsHead(method) && !HttpMethods.IsOptions(method);
            yield return new ServiceEndpoint(service, $"{method} {route}", write, method, route, null);
        }
    }
}
