using Corridor.BuildingBlocks.Hosting;
using Corridor.BuildingBlocks.Messaging;
using Corridor.BuildingBlocks.Persistence;
using Corridor.TestKit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Corridor.BuildingBlocks.Tests.Hosting;

/// <summary>While no broker answers, each reconnect attempt is one warning line without a stack; real errors keep theirs.</summary>
public sealed class BrokerReconnectLoggingTests
{
    [Fact]
    public async Task Each_failed_reconnect_is_one_warning_line_without_a_stack_trace()
    {
        var logs = new CapturedLogs();
        await using var database = new SqliteTestDatabase("reconnects");
        // Nothing listens on a fresh free port: every connection attempt fails as it does while the broker is down.
        var closedPort = FreePorts.Next();
        using var host = Build(database, new Uri($"amqp://guest:guest@127.0.0.1:{closedPort}/"), logs);
        await using (var scope = host.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<TestDbContext>().Database.EnsureCreatedAsync();
        }

        await host.StartAsync();
        try
        {
            await Eventually.TrueAsync(
                () => Task.FromResult(logs.Entries.Count(e => IsMassTransit(e) && e.Level == LogLevel.Warning) >= 2),
                TimeSpan.FromSeconds(60),
                "two reconnect attempts are logged");
        }
        finally
        {
            await host.StopAsync();
        }

        var attempts = logs.Entries.Where(e => IsMassTransit(e) && e.Level >= LogLevel.Warning).ToList();
        Assert.All(attempts, e =>
        {
            Assert.Equal(LogLevel.Warning, e.Level);
            Assert.Null(e.Exception);
            Assert.DoesNotContain('\n', e.Message);
            Assert.Contains($"{closedPort}", e.Message, StringComparison.Ordinal);
        });
        Assert.DoesNotContain(logs.Entries, e => IsMassTransit(e) && e.Level == LogLevel.Information && e.Exception is not null);
    }

    [Fact]
    public void Other_MassTransit_errors_keep_their_level_and_exception()
    {
        var logs = new CapturedLogs();
        using var provider = new ServiceCollection().AddLogging(l => l.AddProvider(logs)).AddOneLineBrokerReconnects().BuildServiceProvider();
        var logger = provider.GetRequiredService<ILoggerFactory>().CreateLogger("MassTransit");
        var failure = new InvalidOperationException("the consumer failed");

        logger.LogError(failure, "R-FAULT {Queue}", "bbtests-poison");

        var entry = Assert.Single(logs.Entries);
        Assert.Equal(LogLevel.Error, entry.Level);
        Assert.Same(failure, entry.Exception);
    }

    private static bool IsMassTransit(CapturedLog entry) => entry.Category.StartsWith("MassTransit", StringComparison.Ordinal);

    private static IHost Build(SqliteTestDatabase database, Uri broker, CapturedLogs logs)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:ConnectionString"] = database.ConnectionString,
            ["RabbitMq:Uri"] = broker.ToString(),
            ["Logging:Json"] = "false",
        });
        builder.Logging.ClearProviders();
        builder.Logging.AddProvider(logs);
        builder.AddCorridorTelemetry(MessagingTestHost.ServiceName);
        builder.AddServiceDatabase<TestDbContext, SqliteTestDbContext, SqlServerTestDbContext>(MessagingTestHost.ServiceName);
        builder.AddMessaging<TestDbContext>(MessagingTestHost.ServiceName);
        return builder.Build();
    }
}
