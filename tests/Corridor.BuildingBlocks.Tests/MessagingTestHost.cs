using Corridor.BuildingBlocks.Directory;
using Corridor.BuildingBlocks.Messaging;
using Corridor.BuildingBlocks.Persistence;
using Corridor.Contracts.Events;
using Corridor.TestKit;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;

namespace Corridor.BuildingBlocks.Tests;

/// <summary>A bare host with the building blocks' database, outbox, inbox and MassTransit, on real SQLite and RabbitMQ.</summary>
internal sealed class MessagingTestHost : IAsyncDisposable
{
    public const string ServiceName = "bbtests";

    /// <summary>The test host's consumer queues, declared by whichever host publishes first.</summary>
    public static readonly IReadOnlyList<EventSubscription> Subscriptions =
    [
        new(typeof(AgreementActivated), "bbtests-agreement-activated-recorder"),
        new(typeof(TeamDeployed), "bbtests-poison"),
        new(typeof(ResourceOffered), "bbtests-resource-offered-recorder"),
        .. DirectorySubscriptions.For(ServiceName),
    ];

    private readonly SqliteTestDatabase _database;

    private MessagingTestHost(IHost host, SqliteTestDatabase database)
    {
        Host = host;
        _database = database;
    }

    public IHost Host { get; }

    public IBus Bus => Host.Services.GetRequiredService<IBus>();

    /// <summary>
    /// Starts the host; unless told otherwise, waits until the bus is connected and its queues are bound.
    /// <paramref name="configure"/> runs after the building blocks are added: extra settings, services or removals.
    /// </summary>
    public static async Task<MessagingTestHost> StartAsync(
        Uri rabbitMqUri, TimeSpan? pollInterval = null, bool waitUntilReady = true, IReadOnlyDictionary<string, string?>? settings = null, Action<HostApplicationBuilder>? configure = null, bool withConsumers = true,
        Action<IBusRegistrationConfigurator>? addConsumers = null)
    {
        var database = new SqliteTestDatabase("bbtests");
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:ConnectionString"] = database.ConnectionString,
            ["RabbitMq:Uri"] = rabbitMqUri.ToString(),
            ["RabbitMq:RetryIntervalsMs:0"] = "10",
            ["RabbitMq:RetryIntervalsMs:1"] = "10",
            ["RabbitMq:RetryIntervalsMs:2"] = "10",
            ["RabbitMq:RedeliveryIntervals:0"] = "00:00:00.100",
            ["RabbitMq:RedeliveryIntervals:1"] = "00:00:00.200",
            ["Outbox:PollInterval"] = (pollInterval ?? TimeSpan.FromMilliseconds(200)).ToString(),
            ["Outbox:MinBackoff"] = "00:00:00.100",
            ["Outbox:MaxBackoff"] = "00:00:00.500",
            ["Outbox:PublishTimeout"] = "00:00:01",
            ["Logging:LogLevel:Default"] = "Warning",
        });
        if (settings is not null)
        {
            builder.Configuration.AddInMemoryCollection(settings);
        }

        builder.AddServiceDatabase<TestDbContext, SqliteTestDbContext, SqlServerTestDbContext>(ServiceName);
        builder.Services.AddSingleton<PoisonAttempts>();
        builder.Services.AddSingleton<ConsumerOutage>();
        builder.AddMessaging<TestDbContext>(
            ServiceName,
            bus =>
            {
                if (withConsumers)
                {
                    bus.AddConsumer<AgreementActivatedRecorder, AgreementActivatedRecorderDefinition>();
                    bus.AddConsumer<PoisonConsumer>();
                    bus.AddConsumer<ResourceOfferedRecorder, ResourceOfferedRecorderDefinition>();
                }

                addConsumers?.Invoke(bus);
            },
            Subscriptions);
        configure?.Invoke(builder);

        var host = builder.Build();
        await using (var scope = host.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<TestDbContext>().Database.EnsureCreatedAsync();
        }

        await host.StartAsync();
        if (waitUntilReady)
        {
            var health = host.Services.GetRequiredService<HealthCheckService>();
            await Eventually.TrueAsync(
                async () => (await health.CheckHealthAsync(c => c.Tags.Contains("ready") && c.Name != "outbox")).Status == HealthStatus.Healthy,
                TimeSpan.FromSeconds(30),
                "the test host's bus is ready");
        }

        return new MessagingTestHost(host, database);
    }

    /// <summary>For tests that drive a dispatcher of their own: the host's does not run.</summary>
    public static void WithoutDispatcher(HostApplicationBuilder builder) =>
        builder.Services.Remove(builder.Services.Single(d => d.ImplementationType == typeof(Corridor.BuildingBlocks.Outbox.OutboxDispatcher<TestDbContext>)));

    public async Task<T> QueryAsync<T>(Func<TestDbContext, Task<T>> query)
    {
        await using var scope = Host.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<TestDbContext>());
    }

    public async Task WriteAsync(Action<TestDbContext> change)
    {
        await using var scope = Host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TestDbContext>();
        change(db);
        await db.SaveChangesAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await Host.StopAsync();
        Host.Dispose();
        SqliteConnectionPools.Clear();
        await _database.DisposeAsync();
    }
}

internal static class SqliteConnectionPools
{
    public static void Clear() => Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
}

/// <summary>Shared by the consumers and the tests' queries.</summary>
internal abstract class TestDbContext(DbContextOptions options) : ServiceDbContext(options)
{
    public DbSet<Effect> Effects => Set<Effect>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyDirectoryReadModel();
        base.OnModelCreating(modelBuilder);
    }
}

internal sealed class SqliteTestDbContext(DbContextOptions<SqliteTestDbContext> options) : TestDbContext(options);

internal sealed class SqlServerTestDbContext(DbContextOptions<SqlServerTestDbContext> options) : TestDbContext(options);

/// <summary>A deliberately non-idempotent effect: one row per handled message.</summary>
internal sealed class Effect
{
    public long Id { get; set; }

    public Guid AggregateId { get; set; }

    public long AggregateVersion { get; set; }

    public string Title { get; set; } = "";
}
