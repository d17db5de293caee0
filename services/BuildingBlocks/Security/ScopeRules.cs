using Grpc.AspNetCore.Server;
using Microsoft.AspNetCore.Http;

namespace Corridor.BuildingBlocks.Security;

/// <summary>Which scope a token needs for an endpoint: REST GET/HEAD read; gRPC reads only when marked [ReadOnlyCall].</summary>
public static class ScopeRules
{
    public const string Read = "read";
    public const string Write = "write";

    public static bool IsRead(Endpoint? endpoint, string httpMethod) =>
        endpoint?.Metadata.GetMetadata<GrpcMethodMetadata>() is not null
            ? endpoint.Metadata.GetMetadata<ReadOnlyCallAttribute>() is not null
            : HttpMethods.IsGet(httpMethod) || HttpMethods.IsHead(httpMethod);

    public static string Required(string prefix, Endpoint? endpoint, string httpMethod) =>
        $"{prefix}.{(IsRead(endpoint, httpMethod) ? Read : Write)}";
}
