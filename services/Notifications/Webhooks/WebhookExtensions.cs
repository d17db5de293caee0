using Corridor.Contracts.Events;
using Corridor.Notifications.Grpc;
using MassTransit;
using Microsoft.Extensions.Options;

namespace Corridor.Notifications.Webhooks;

/// <summary>Registers the webhooks of the Notifications service: endpoints, fan-out, sender, REST and gRPC.</summary>
internal static class WebhookExtensions
{
    /// <summary>Every event type some region may be sent: each has a fan-out consumer on the one webhook queue.</summary>
    public static IReadOnlyList<Type> FannedOutEvents { get; } = typeof(IIntegrationEvent).Assembly.GetTypes()
        .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IIntegrationEvent).IsAssignableFrom(t)
            && WebhookAudience.DeliverableKinds.Contains(t.Name))
        .OrderBy(t => t.Name, StringComparer.Ordinal)
        .ToArray();

    public static IHostApplicationBuilder AddWebhooks(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<WebhookOptions>().BindConfiguration(WebhookOptions.Section);
        builder.Services.AddScoped<WebhookAudience>();
        builder.Services.AddScoped<CallerRegionWebhooks>();
        builder.Services.AddSingleton<WebhookTargetGuard>();
        builder.Services.AddScoped<WebhookHealth>();
        builder.Services.AddHttpClient<WebhookPost>(WebhookPost.ClientName, (sp, http) =>
                http.Timeout = sp.GetRequiredService<IOptions<WebhookOptions>>().Value.RequestTimeout)
            .ConfigurePrimaryHttpMessageHandler(sp => new SocketsHttpHandler
            {
                // A redirect could lead anywhere (an internal address): a 3xx is the receiver's answer, logged as a failure.
                AllowAutoRedirect = false,
                ConnectCallback = sp.GetRequiredService<WebhookTargetGuard>().ConnectAsync,
                PooledConnectionLifetime = TimeSpan.FromMinutes(2),
            });
        builder.Services.AddHostedService<WebhookSender>();
        return builder;
    }

    public static void AddWebhookConsumers(this IBusRegistrationConfigurator bus)
    {
        foreach (var eventType in FannedOutEvents)
        {
            var consumer = typeof(WebhookFanOut<>).MakeGenericType(eventType);
            bus.AddConsumer(consumer, typeof(WebhookFanOutDefinition<>).MakeGenericType(consumer));
        }
    }

    public static WebApplication MapWebhooks(this WebApplication app)
    {
        app.MapWebhookEndpointRoutes();
        app.MapWebhookDeliveryRoutes();
        app.MapGrpcService<WebhooksGrpcService>();
        return app;
    }
}
