using Corridor.BuildingBlocks.Outbox;
using Corridor.BuildingBlocks.Persistence;
using MassTransit.Logging;
using MassTransit.Monitoring;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Corridor.BuildingBlocks.Hosting;

public static class TelemetryExtensions
{
    /// <summary>
    /// Structured (JSON) logs with UTC timestamps, broker reconnects in one line each, and OpenTelemetry traces and metrics across HTTP, gRPC (server through
    /// ASP.NET Core, client through HttpClient) and MassTransit; exported over OTLP when an endpoint is set.
    /// </summary>
    public static IHostApplicationBuilder AddCorridorTelemetry(this IHostApplicationBuilder builder, string serviceName)
    {
        if (builder.Configuration.GetValue("Logging:Json", true))
        {
            builder.Logging.AddJsonConsole(json => json.IncludeScopes = true);
        }

        builder.Services.AddUtcConsoleTimestamps();
        builder.Services.AddOneLineBrokerReconnects();

        builder.Logging.AddOpenTelemetry(logging =>
        {
            logging.IncludeFormattedMessage = true;
            logging.IncludeScopes = true;
        });

        var telemetry = builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(serviceName))
            .WithTracing(tracing => tracing
                .AddAspNetCoreInstrumentation(o => o.Filter = http => !http.Request.Path.StartsWithSegments("/health"))
                .AddHttpClientInstrumentation()
                .AddSource(DiagnosticHeaders.DefaultListenerName, OutboxDispatcher<ServiceDbContext>.TelemetryName))
            .WithMetrics(metrics => metrics
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddRuntimeInstrumentation()
                .AddMeter(InstrumentationOptions.MeterName, OutboxDispatcher<ServiceDbContext>.TelemetryName));

        if (!string.IsNullOrWhiteSpace(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]))
        {
            telemetry.UseOtlpExporter();
        }

        return builder;
    }
}
