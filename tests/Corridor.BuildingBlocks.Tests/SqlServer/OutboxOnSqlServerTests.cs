using System.Collections.Concurrent;
using Corridor.BuildingBlocks.Messaging;
using Corridor.BuildingBlocks.Outbox;
using Corridor.BuildingBlocks.Persistence;
using Corridor.BuildingBlocks.Tests.Outbox;
using Corridor.Contracts.Events;
using Corridor.TestKit;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;

namespace Corridor.BuildingBlocks.Tests.SqlServer;

/// <summary>
/// Replicas' dispatchers over one outbox on SQL Server, where the lease UPDATEs of concurrent replicas really
/// run at once (SQLite serialises writers). Runs where a Docker engine answers or CORRIDOR_SQLSERVER_CONNECTION
/// names a server; skipped with the reason otherwise.
/// </summary>
[Collection(SharedRabbitMq.CollectionName)]
public sealed class OutboxOnSqlServerTests(SharedRabbitMq rabbitMq)
{
    private const string ServiceName = "bbsqlserver";

    [SkippableFact]
    public async Task On_SQL_Server_three_dispatchers_racing_over_one_outbox_publish_every_row_exactly_once()
    {
        var database = await SqlServerInstance.NewDatabaseAsync("bb_outbox");
        using var host = await StartAsync(database, await rabbitMq.CreateVirtualHostAsync());
        try
        {
            await RaceAsync(host);
        }
        finally
        {
            await host.StopAsync();
            await QueryAsync(host, db => db.Database.EnsureDeletedAsync());
        }
    }

    private static async Task RaceAsync(IHost host)
    {
        var bus = host.Services.GetRequiredService<IBus>();
        var published = new ConcurrentBag<Guid>();
        using var observer = bus.ConnectPublishObserver(new PublishedIds(published));
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<TestDbContext>();
            for (var i = 1; i <= 300; i++)
            {
                db.OutboxMessages.Add(OutboxMessage.From(new AgreementActivated(Guid.NewGuid(), "PairingAgreement", $"协议 {i}", [], 1, DateTime.UtcNow)));
            }

            await db.SaveChangesAsync();
        }

        // The host's own dispatcher (woken by the commit) races three more, as replicas on one database would.
        var replicas = Enumerable.Range(0, 3).Select(_ => Task.Run(async () =>
        {
            var dispatcher = new OutboxDispatcher<TestDbContext>(
                host.Services.GetRequiredService<IServiceScopeFactory>(), bus, new OutboxSignal(), new OutboxOptions { BatchSize = 20 },
                host.Services.GetRequiredService<OutboxBacklog>(), TimeProvider.System, NullLogger<OutboxDispatcher<TestDbContext>>.Instance);
            for (var round = 0; round < 200 && await QueryAsync(host, db => db.OutboxMessages.AnyAsync(m => m.DispatchedAt == null)); round++)
            {
                await dispatcher.DispatchBatchAsync(CancellationToken.None);
            }
        })).ToList();
        await Task.WhenAll(replicas);
        await Eventually.TrueAsync(
            async () => await QueryAsync(host, db => db.OutboxMessages.AllAsync(m => m.DispatchedAt != null)), TimeSpan.FromSeconds(30), "every row is dispatched");

        var rows = await QueryAsync(host, db => db.OutboxMessages.Select(m => m.MessageId).ToListAsync());
        Assert.Equal(300, published.Count);
        Assert.Equal(rows.Order(), published.Order());
        // Every row went through a lease (marking keeps the token; only undispatched rows are given back).
        Assert.True(await QueryAsync(host, db => db.OutboxMessages.AllAsync(m => m.LeaseToken != null)));
    }

    private static async Task<IHost> StartAsync(string connectionString, Uri rabbitMqUri)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = "SqlServer",
            ["Database:ConnectionString"] = connectionString,
            ["RabbitMq:Uri"] = rabbitMqUri.ToString(),
            ["Outbox:PollInterval"] = "00:10:00",
            ["Outbox:PublishTimeout"] = "00:00:05",
            ["Logging:LogLevel:Default"] = "Warning",
        });
        builder.AddServiceDatabase<TestDbContext, SqliteTestDbContext, SqlServerTestDbContext>(ServiceName);
        builder.AddMessaging<TestDbContext>(ServiceName);
        var host = builder.Build();
        await using (var scope = host.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<TestDbContext>().Database.EnsureCreatedAsync();
        }

        await host.StartAsync();
        var health = host.Services.GetRequiredService<HealthCheckService>();
        await Eventually.TrueAsync(
            async () => (await health.CheckHealthAsync(c => c.Tags.Contains("ready"))).Status == HealthStatus.Healthy,
            TimeSpan.FromSeconds(60),
            "the database and the bus are ready");
        return host;
    }

    private static async Task<T> QueryAsync<T>(IHost host, Func<TestDbContext, Task<T>> query)
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<TestDbContext>());
    }
}
