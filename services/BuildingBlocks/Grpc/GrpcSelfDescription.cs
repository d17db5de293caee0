using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Corridor.BuildingBlocks.Grpc;

/// <summary>
/// What every gRPC port says about itself: server reflection (grpc.reflection.*, for grpcurl and the like) and the
/// standard grpc.health.v1.Health service, whose "" service is this host's readiness (the checks tagged "ready").
/// </summary>
public static class GrpcSelfDescription
{
    public const string ReadinessTag = "ready";

    public static IServiceCollection AddGrpcSelfDescription(this IServiceCollection services)
    {
        services.AddGrpcReflection();
        services.AddGrpcHealthChecks(o =>
        {
            o.Services.Clear();
            o.Services.Map("", check => check.Tags.Contains(ReadinessTag));
        });
        return services;
    }

    /// <summary>
    /// Health checkers and reflection clients carry no token, so both services are open to anonymous callers;
    /// they are the only gRPC services that are.
    /// </summary>
    public static IEndpointRouteBuilder MapGrpcSelfDescription(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGrpcHealthChecksService().AllowAnonymous();
        endpoints.MapGrpcReflectionService().AllowAnonymous();
        return endpoints;
    }
}
