using Corridor.BuildingBlocks.Outbox;
using Corridor.BuildingBlocks.Persistence;
using MassTransit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Corridor.BuildingBlocks.Messaging;

public static class MessagingExtensions
{
    /// <summary>
    /// MassTransit over RabbitMQ with publisher confirms, retries and error queues, plus the service's
    /// transactional outbox dispatcher and the cleanup of old outbox and inbox rows.
    /// </summary>
    public static IHostApplicationBuilder AddMessaging<TContext>(
        this IHostApplicationBuilder builder,
        string serviceName,
        Action<IBusRegistrationConfigurator>? addConsumers = null)
        where TContext : ServiceDbContext
    {
        var messaging = builder.Configuration.GetSection(MessagingOptions.Section).Get<MessagingOptions>() ?? new MessagingOptions();
        var outbox = builder.Configuration.GetSection(OutboxOptions.Section).Get<OutboxOptions>() ?? new OutboxOptions();
        builder.Services.AddSingleton(messaging);
        builder.Services.AddSingleton(outbox);
        builder.Services.AddSingleton(TimeProvider.System);

        builder.Services.AddMassTransit(bus =>
        {
            // MassTransit would post a usage report to its vendor's host after start; nothing leaves without an operator's say
            // (MASSTRANSIT_USAGE_TELEMETRY=true turns it back on).
            bus.DisableUsageTelemetry();
            // Queues are named "<service>-<consumer>", so two services consuming one event never compete for it.
            bus.SetEndpointNameFormatter(new KebabCaseEndpointNameFormatter(serviceName, includeNamespace: false));
            addConsumers?.Invoke(bus);
            bus.UsingRabbitMq((context, rabbit) =>
            {
                rabbit.Host(messaging.Uri, host =>
                {
                    host.PublisherConfirmation = true;
                    host.Heartbeat(TimeSpan.FromSeconds(10));
                });
                // Failed messages are retried, then moved to <queue>_error: never acknowledged and lost.
                rabbit.UseMessageRetry(retry => retry.Intervals(messaging.EffectiveRetryIntervalsMs));
                rabbit.ConfigureEndpoints(context);
            });
        });

        builder.Services.AddHostedService<OutboxDispatcher<TContext>>();
        builder.Services.AddHostedService<MessageStoreCleanup<TContext>>();
        return builder;
    }
}
