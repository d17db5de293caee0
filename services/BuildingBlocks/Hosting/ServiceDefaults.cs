using Corridor.BuildingBlocks.Grpc;
using Corridor.BuildingBlocks.OpenApi;
using Corridor.BuildingBlocks.Security;
using Corridor.BuildingBlocks.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;

namespace Corridor.BuildingBlocks.Hosting;

public static class ServiceDefaults
{
    /// <summary>What every Corridor service has: telemetry, problem+json errors, authentication, gRPC, OpenAPI, health.</summary>
    public static IHostApplicationBuilder AddServiceDefaults(this IHostApplicationBuilder builder, string serviceName)
    {
        builder.AddCorridorTelemetry(serviceName);
        builder.AddCorridorAuthentication(serviceName);
        builder.Services.AddProblemDetails(o => o.CustomizeProblemDetails = c =>
            c.ProblemDetails.Extensions.TryAdd("traceId", c.HttpContext.TraceIdentifier));
        builder.Services.AddExceptionHandler<CorridorExceptionHandler>();
        // Unreadable bodies raise an exception in every environment, so they get the same detailed problem.
        builder.Services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        builder.Services.AddGrpc(o => o.Interceptors.Add<GrpcExceptionInterceptor>());
        builder.Services.AddMalformedMessageRefusal();
        builder.Services.AddGrpcSelfDescription();
        builder.Services.AddOpenApi(o => o.AddSchemaTransformer<OptionalWhenNullable>());
        builder.Services.AddHealthChecks().AddCheck("self", () => HealthCheckResult.Healthy(), ["live"]);
        return builder;
    }

    public static WebApplication UseServiceDefaults(this WebApplication app)
    {
        app.UseSecurityResponseHeaders();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseAuthentication();
        app.UseAuthorization();
        return app;
    }

    /// <summary>
    /// Liveness says the process answers; readiness also checks the database and the broker (over HTTP and as
    /// grpc.health.v1.Health). The gRPC port describes itself by reflection; in Development /scalar renders the OpenAPI document.
    /// </summary>
    public static WebApplication MapDefaultEndpoints(this WebApplication app)
    {
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = c => c.Tags.Contains("live") }).AllowAnonymous();
        app.MapHealthChecks("/health/ready", new HealthCheckOptions
        {
            Predicate = c => c.Tags.Contains("ready"),
            ResponseWriter = HealthReportWriter.WriteAsync,
        }).AllowAnonymous();
        app.MapOpenApi().AllowAnonymous();
        app.MapGrpcSelfDescription();
        if (app.Environment.IsDevelopment())
        {
            app.MapApiReference(app.Environment.ApplicationName, "/openapi/{documentName}.json");
        }

        app.MapGet("/", (HttpContext http) => Results.Redirect("/openapi/v1.json")).AllowAnonymous().ExcludeFromDescription();
        return app;
    }
}
