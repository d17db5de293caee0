using Corridor.BuildingBlocks.Hosting;
using Corridor.Gateway.OpenApi;
using Corridor.Gateway.RateLimiting;

namespace Corridor.Gateway;

/// <summary>
/// The one entry point for provincial systems: YARP routes REST and gRPC to the owning service, every
/// client gets its own rate limit, and /openapi/v1.json is the whole REST surface in one document.
/// </summary>
internal static class GatewayExtensions
{
    public const string ServiceName = "gateway";

    public static IHostApplicationBuilder AddGateway(this IHostApplicationBuilder builder)
    {
        builder.Services.AddReverseProxy().LoadFromConfig(builder.Configuration.GetSection("ReverseProxy"));
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
        app.MapReverseProxy();
        return app;
    }
}
