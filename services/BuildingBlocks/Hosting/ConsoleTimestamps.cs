using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Console;

namespace Corridor.BuildingBlocks.Hosting;

/// <summary>Every console line starts with its UTC time in ISO 8601, so the logs of several services can be read side by side.</summary>
public static class ConsoleTimestamps
{
    /// <summary>ISO 8601 in UTC to the millisecond, e.g. 2026-12-05T10:24:00.123Z.</summary>
    public const string Format = "yyyy-MM-dd'T'HH:mm:ss.fff'Z'";

    public static IServiceCollection AddUtcConsoleTimestamps(this IServiceCollection services)
    {
        // A format set in configuration (Logging:Console:FormatterOptions:TimestampFormat) is bound first and wins.
        services.Configure<SimpleConsoleFormatterOptions>(o =>
        {
            o.TimestampFormat ??= Format + " ";
            o.UseUtcTimestamp = true;
        });
        services.Configure<JsonConsoleFormatterOptions>(o =>
        {
            o.TimestampFormat ??= Format;
            o.UseUtcTimestamp = true;
        });
        return services;
    }
}
