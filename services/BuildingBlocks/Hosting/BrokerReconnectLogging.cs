using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using RabbitMQ.Client.Exceptions;

namespace Corridor.BuildingBlocks.Hosting;

/// <summary>
/// While the broker is away, MassTransit logs every reconnect attempt with the whole stack of the connection failure.
/// This shortens exactly those entries to one warning line (the attempt's message and the failure's reason);
/// every other entry, MassTransit's real errors included, passes unchanged.
/// </summary>
public static class BrokerReconnectLogging
{
    public static IServiceCollection AddOneLineBrokerReconnects(this IServiceCollection services)
    {
        var factory = services.LastOrDefault(d => d.ServiceType == typeof(ILoggerFactory) && !d.IsKeyedService);
        if (factory?.ImplementationType is not { } implementation)
        {
            return services;
        }

        // MassTransit takes its loggers from the container's ILoggerFactory, so the decorator sits there.
        services.Remove(factory);
        services.AddSingleton<ILoggerFactory>(sp => new ReconnectLoggerFactory((ILoggerFactory)ActivatorUtilities.CreateInstance(sp, implementation)));
        return services;
    }

    /// <summary>True when the exception says the broker connection failed or closed, not that a message or a declaration went wrong.</summary>
    public static bool IsBrokerConnectionFailure(Exception? exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is RabbitMqConnectionException or BrokerUnreachableException or ConnectFailureException or AlreadyClosedException)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsMassTransit(string category) =>
        category == "MassTransit" || category.StartsWith("MassTransit.", StringComparison.Ordinal);

    private sealed class ReconnectLoggerFactory(ILoggerFactory inner) : ILoggerFactory
    {
        public ILogger CreateLogger(string categoryName)
        {
            var logger = inner.CreateLogger(categoryName);
            return IsMassTransit(categoryName) ? new ReconnectLogger(logger) : logger;
        }

        public void AddProvider(ILoggerProvider provider) => inner.AddProvider(provider);

        public void Dispose() => inner.Dispose();
    }

    private sealed class ReconnectLogger(ILogger inner) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => inner.BeginScope(state);

        public bool IsEnabled(LogLevel logLevel) => inner.IsEnabled(logLevel);

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (!IsBrokerConnectionFailure(exception))
            {
                inner.Log(logLevel, eventId, state, exception, formatter);
                return;
            }

            // The attempt's own line ("Connection Failed: …") is the one warning; MassTransit's "Retrying …" companion drops to debug.
            var level = logLevel >= LogLevel.Warning ? LogLevel.Warning : LogLevel.Debug;
            if (inner.IsEnabled(level))
            {
                var reason = exception!.GetBaseException().Message;
                inner.Log(level, eventId, state, null, (s, _) => $"{formatter(s, exception)} ({reason})");
            }
        }
    }
}
