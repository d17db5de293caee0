using Corridor.BuildingBlocks.Outbox;
using Corridor.BuildingBlocks.Persistence;
using MassTransit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

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
        Action<IBusRegistrationConfigurator>? addConsumers = null,
        IReadOnlyList<EventSubscription>? subscriptions = null)
        where TContext : ServiceDbContext
    {
        subscriptions ??= CorridorSubscriptions.All;
        var messaging = builder.Configuration.GetSection(MessagingOptions.Section).Get<MessagingOptions>() ?? new MessagingOptions();
        var outbox = (builder.Configuration.GetSection(OutboxOptions.Section).Get<OutboxOptions>() ?? new OutboxOptions()).Validated();
        builder.Services.AddSingleton(messaging);
        builder.Services.AddSingleton(outbox);
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<OutboxBacklog>();
        // Readiness with an outbox in front of the broker (ADR 0017): a broker outage alone leaves writes safe, so the
        // bus reports at worst Degraded (still ready); the outbox check turns unready when events wait too long.
        builder.Services.AddHealthChecks().AddCheck<OutboxHealthCheck<TContext>>("outbox", HealthStatus.Unhealthy, ["ready"]);

        builder.Services.AddMassTransit(bus =>
        {
            // MassTransit would post a usage report to its vendor's host after start; nothing leaves without an operator's say
            // (MASSTRANSIT_USAGE_TELEMETRY=true turns it back on).
            bus.DisableUsageTelemetry();
            // Queues are named "<service>-<consumer>", so two services consuming one event never compete for it.
            bus.SetEndpointNameFormatter(new KebabCaseEndpointNameFormatter(serviceName, includeNamespace: false));
            bus.ConfigureHealthCheckOptions(health =>
            {
                health.Name = "masstransit-bus";
                health.MinimalFailureStatus = HealthStatus.Degraded;
                health.Tags.Add("ready");
            });
            addConsumers?.Invoke(bus);
            bus.AddConfigureEndpointsCallback((context, queue, endpoint) =>
            {
                if (!subscriptions.Any(s => s.Queue == queue))
                {
                    throw new InvalidOperationException($"Consumer queue '{queue}' is not in CorridorSubscriptions: events published before it first started would be dropped.");
                }

                // Outermost first: redelivery through the broker wraps the quick in-process retries.
                var logger = context.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(DelayedRedeliveryConfiguration));
                _ = new DelayedRedeliveryConfiguration(endpoint, messaging.EffectiveRedeliveryIntervals, logger);
                endpoint.UseMessageRetry(retry => retry.Intervals(messaging.EffectiveRetryIntervalsMs));
            });
            bus.UsingRabbitMq((context, rabbit) =>
            {
                rabbit.Host(messaging.Uri, host =>
                {
                    host.PublisherConfirmation = true;
                    host.Heartbeat(TimeSpan.FromSeconds(10));
                });
                // Failed messages are retried, redelivered later, then moved to <queue>_error: never acknowledged and lost.
                DeclareSubscriptionsBeforePublishing(rabbit, subscriptions);
                // Declared when the bus connects rather than on an event type's first publish: a slow broker once held a
                // first ProjectApproved for seconds in QueueBind/ExchangeDeclare, and every later outbox row behind it.
                rabbit.DeployPublishTopology = true;
                rabbit.ConfigureEndpoints(context);
            });
        });

        builder.Services.AddHostedService<OutboxDispatcher<TContext>>();
        builder.Services.AddHostedService<MessageStoreCleanup<TContext>>();
        return builder;
    }

    /// <summary>MassTransit's exchange for a message type: "namespace:name".</summary>
    private static string EventExchangeName(Type eventType) => $"{eventType.Namespace}:{eventType.Name}";

    /// <summary>The first publish of an event type declares its consumers' queues and bindings (ADR 0018).</summary>
    private static void DeclareSubscriptionsBeforePublishing(IRabbitMqBusFactoryConfigurator rabbit, IReadOnlyList<EventSubscription> subscriptions)
    {
        foreach (var byEvent in subscriptions.GroupBy(s => s.EventType))
        {
            rabbit.Publish(byEvent.Key, topology =>
            {
                foreach (var subscription in byEvent)
                {
                    // Bound straight to the event's exchange; the consumer's endpoint adds its own route through an
                    // exchange named as the queue, and RabbitMQ delivers a message once per queue however many routes match.
                    topology.BindQueue(EventExchangeName(byEvent.Key), subscription.Queue);
                }
            });
        }
    }
}
