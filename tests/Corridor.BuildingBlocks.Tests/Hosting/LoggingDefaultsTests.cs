using System.Globalization;
using Corridor.BuildingBlocks.Hosting;
using Corridor.BuildingBlocks.Messaging;
using Corridor.BuildingBlocks.Persistence;
using MassTransit.UsageTracking;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Console;
using Microsoft.Extensions.Options;

namespace Corridor.BuildingBlocks.Tests.Hosting;

/// <summary>What every service's host gets from the building blocks: timestamped console lines and no usage report to MassTransit's vendor.</summary>
public sealed class LoggingDefaultsTests
{
    private static readonly DateTimeOffset Moment = new(2026, 12, 5, 18, 24, 0, 123, TimeSpan.FromHours(8));

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Console_lines_start_with_the_UTC_time_in_ISO_8601(bool json)
    {
        using var host = Build(json);

        var simple = host.Services.GetRequiredService<IOptionsMonitor<SimpleConsoleFormatterOptions>>().CurrentValue;
        var structured = host.Services.GetRequiredService<IOptionsMonitor<JsonConsoleFormatterOptions>>().CurrentValue;

        Assert.True(simple.UseUtcTimestamp);
        Assert.True(structured.UseUtcTimestamp);
        Assert.Equal("2026-12-05T10:24:00.123Z ", Moment.UtcDateTime.ToString(simple.TimestampFormat, CultureInfo.InvariantCulture));
        Assert.Equal("2026-12-05T10:24:00.123Z", Moment.UtcDateTime.ToString(structured.TimestampFormat, CultureInfo.InvariantCulture));
    }

    [Fact]
    public void The_bus_sends_no_usage_telemetry()
    {
        using var host = Build(json: true);

        var tracker = Assert.IsType<UsageTracker>(host.Services.GetRequiredService<IUsageTracker>());

        Assert.False(tracker.Enabled, "MassTransit's usage telemetry must be off unless MASSTRANSIT_USAGE_TELEMETRY turns it on");
    }

    private static IHost Build(bool json)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Sqlite",
            ["Database:ConnectionString"] = "Data Source=:memory:",
            ["RabbitMq:Uri"] = "amqp://guest:guest@127.0.0.1:1/",
            ["Logging:Json"] = json ? "true" : "false",
        });
        builder.AddCorridorTelemetry(MessagingTestHost.ServiceName);
        builder.AddServiceDatabase<TestDbContext, SqliteTestDbContext, SqlServerTestDbContext>(MessagingTestHost.ServiceName);
        builder.AddMessaging<TestDbContext>(MessagingTestHost.ServiceName);
        return builder.Build();
    }
}
