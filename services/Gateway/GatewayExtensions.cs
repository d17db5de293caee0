using Corridor.BuildingBlocks.Grpc;
using Corridor.BuildingBlocks.Hosting;
using Corridor.Gateway.OpenApi;
using Corridor.Gateway.RateLimiting;

namespace Corridor.Gateway;

/// <summary>
/// The one entry point for provincial systems: YARP routes REST and gRPC to the owning service, every
/// client gets its own rate limit, /openapi/v1.json is the whole REST surface in one document (/scalar renders it),
/// and the gateway's own gRPC port answers health and reflection for the gateway itself.
/// </summary>
internal static class GatewayExtensions
{
    public const string ServiceName = "gateway";

    public static IHostApplicationBuilder AddGateway(this IHostApplicationBuilder builder)
    {
        builder.Services.AddReverseProxy().LoadFromConfig(builder.Configuration.GetSection("ReverseProxy")).AddTransforms(EventStreams.SendHeadersAtOnce);
        builder.AddClientRateLimits();
        builder.AddMergedOpenApi();
        builder.Services.AddHealthChecks().AddCheck<DownstreamHealthCheck>("services", tags: ["ready"]);
        return builder;
    }

    public static WebApplication MapGateway(this WebApplication app)
    {
        // After authentication (in UseServiceDefaults), so a client is known by its token, not only by its address.
        app.UseRateLimiter();
        app.MapHealthChecks("/health/live", new() { Predicate = c => c.Tags.Contains("live") }).AllowAnonymous();
        app.MapHealthChecks("/health/ready", new() { Predicate = c => c.Tags.Contains("ready"), ResponseWriter = HealthReportWriter.WriteAsync }).AllowAnonymous();
        app.MapMergedOpenApi();
        // Before the proxy: grpc.health.v1 and grpc.reflection.* match none of the proxied packages' routes, and the
        // "unknown service" endpoint this maps ranks below those routes, so proxied calls still reach their service.
        app.MapGrpcSelfDescription();
        app.MapReverseProxy();
        return app;
    }
}
