using System.Reflection;
using Corridor.BuildingBlocks.Security;
using Grpc.AspNetCore.Server;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Corridor.SystemTests.Hostile;

/// <summary>
/// An endpoint a host really serves, anonymous ones included, with what a request to it can carry: route
/// parameters, query parameters (the handler's simple parameters outside the route) and the JSON body type.
/// </summary>
public sealed record HostileEndpoint(
    string Service, string Key, bool IsWrite, string? HttpMethod, string? Route, IReadOnlyList<string> RouteParameters, IReadOnlyList<(string Name, Type Type)> Query, Type? Body, IMethod? Grpc)
{
    public override string ToString() => $"{Service} {Key}";

    public static IReadOnlyList<HostileEndpoint> Of(string service, IServiceProvider services) =>
        services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .SelectMany(e => Describe(service, e))
            .DistinctBy(e => e.Key)
            .OrderBy(e => e.Key, StringComparer.Ordinal)
            .ToArray();

    private static IEnumerable<HostileEndpoint> Describe(string service, RouteEndpoint endpoint)
    {
        if (endpoint.Metadata.GetMetadata<GrpcMethodMetadata>() is { } grpc)
        {
            var write = endpoint.Metadata.GetMetadata<ReadOnlyCallAttribute>() is null && endpoint.Metadata.GetMetadata<IAllowAnonymous>() is null;
            yield return new HostileEndpoint(service, grpc.Method.FullName, write, null, null, [], [], null, grpc.Method);
            yield break;
        }

        var route = "/" + endpoint.RoutePattern.RawText!.TrimStart('/');
        var routeParameters = endpoint.RoutePattern.Parameters.Select(p => p.Name).ToArray();
        var handler = endpoint.Metadata.GetMetadata<MethodInfo>();
        var query = handler?.GetParameters()
            .Where(p => p.Name is not null && !routeParameters.Contains(p.Name, StringComparer.OrdinalIgnoreCase) && IsSimple(p.ParameterType))
            .Select(p => (p.Name!, p.ParameterType)).ToArray() ?? [];
        var body = endpoint.Metadata.GetMetadata<IAcceptsMetadata>()?.RequestType;
        foreach (var method in endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? [])
        {
            var write = !HttpMethods.IsGet(method) && !HttpMethods.IsHead(method) && !HttpMethods.IsOptions(method);
            yield return new HostileEndpoint(service, $"{method} {route}", write, method, route, routeParameters, query, body, null);
        }
    }

    public static bool IsSimple(Type type)
    {
        var t = Nullable.GetUnderlyingType(type) ?? type;
        return t.IsPrimitive || t.IsEnum || t == typeof(string) || t == typeof(decimal) || t == typeof(Guid) || t == typeof(DateOnly) || t == typeof(DateTime) || t == typeof(DateTimeOffset);
    }
}
