using Grpc.Core;

namespace Corridor.SystemTests.Authorization;

/// <summary>One real endpoint of a service: a REST route with its HTTP method, or a gRPC method.</summary>
public sealed record ServiceEndpoint(string Service, string Key, bool IsWrite, string? HttpMethod, string? Route, IMethod? GrpcMethod)
{
    public bool IsGrpc => GrpcMethod is not null;

    public override string ToString() => $"{Service} {Key}";
}
