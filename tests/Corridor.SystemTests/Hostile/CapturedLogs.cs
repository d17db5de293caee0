using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Corridor.SystemTests.Hostile;

/// <summary>A logger provider that keeps every entry at Error or above, with its category and exception, for a test to assert on.</summary>
public sealed class CapturedLogs : ILoggerProvider
{
    private readonly ConcurrentQueue<CapturedLog> _errors = new();

    public IReadOnlyCollection<CapturedLog> Errors => _errors;

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, _errors);

    /// <summary>Adds the provider to a running host's logger factory: existing loggers pick it up too.</summary>
    public CapturedLogs AttachTo(IServiceProvider services)
    {
        ((ILoggerFactory)services.GetService(typeof(ILoggerFactory))!).AddProvider(this);
        return this;
    }

    public void Dispose()
    {
    }

    private sealed class Logger(string category, ConcurrentQueue<CapturedLog> errors) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Error;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
            {
                errors.Enqueue(new CapturedLog(logLevel, category, formatter(state, exception), exception));
            }
        }
    }
}

public sealed record CapturedLog(LogLevel Level, string Category, string Message, Exception? Exception)
{
    public override string ToString() => $"{Level} {Category}: {Message}{(Exception is null ? "" : $"\n{Exception}")}";
}
