using Corridor.Contracts.Events;
using Corridor.Notifications.Infrastructure;
using Corridor.Testing;
using Corridor.Testing.Processes;
using Corridor.TestKit;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Notifications.Tests.Reliability;

/// <summary>
/// The Notifications service as a real process, SIGKILLed while events stream in and started again on the same
/// database and queues: every notification arrives, none twice.
/// </summary>
[Collection(SharedRabbitMq.CollectionName)]
public sealed class KillAndRestartTests(SharedRabbitMq rabbitMq)
{
    private const int Problems = 150;
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(120);
    private static readonly DateTime At = new(2026, 6, 1, 2, 0, 0, DateTimeKind.Utc);

    [SkippableFact]
    public async Task Killed_mid_stream_and_restarted_it_loses_no_notification_and_writes_none_twice()
    {
        var vhost = await rabbitMq.CreateVirtualHostAsync();
        var data = Directory.CreateTempSubdirectory("corridor-notifications-kill-").FullName;
        var service = new ServiceProcess("notifications", "Notifications.Host", data, Settings(vhost));
        var bus = Bus.Factory.CreateUsingRabbitMq(c => c.Host(vhost));
        try
        {
            await service.StartAsync();
            await bus.StartAsync();
            var coordinators = new[] { TestPerson.Coordinator(DemoOrgans.Qinzhou), TestPerson.Coordinator(DemoOrgans.Qinzhou) };
            foreach (var person in coordinators)
            {
                await bus.Publish(person.Changed());
            }

            await Eventually.TrueAsync(async () => await CountAsync(service, db => db.People.CountAsync()) == 2, Timeout, "people announced");

            var publishing = PublishProblemsAsync(bus);
            // Killed once a part of the stream is in: some events handled, some in flight, the rest still to come.
            await Eventually.TrueAsync(async () => await CountAsync(service, db => db.Notifications.CountAsync()) >= Problems / 3, Timeout, "a third of the notifications written");
            await service.KillAsync();
            await publishing;
            await service.StartAsync();

            await Eventually.TrueAsync(
                async () => await CountAsync(service, db => db.Notifications.CountAsync()) >= Problems * coordinators.Length,
                Timeout,
                "every notification written after the restart");
            await service.KillAsync();

            await using var db = Open(service);
            var perPersonAndProblem = await db.Notifications.GroupBy(n => new { n.PersonId, n.RecordId }).Select(g => g.Count()).ToListAsync();
            Assert.Equal(Problems * coordinators.Length, perPersonAndProblem.Count);
            Assert.All(perPersonAndProblem, count => Assert.Equal(1, count));
            Assert.Equal(Problems, await db.InboxRecords.CountAsync(r => r.MessageType.EndsWith(nameof(ProblemRaised))));
        }
        finally
        {
            await bus.StopAsync();
            await service.DisposeAsync();
            Directory.Delete(data, recursive: true);
        }
    }

    private static async Task PublishProblemsAsync(IBus bus)
    {
        for (var i = 0; i < Problems; i++)
        {
            await bus.Publish(new ProblemRaised(Guid.NewGuid(), "450900", "450700", DemoOrgans.Yulin.Id, $"问题 {i}", "Logistics", "Normal", null, 1, At));
        }
    }

    private static Dictionary<string, string> Settings(Uri vhost) => new()
    {
        ["RabbitMq__Uri"] = vhost.ToString(),
        ["RabbitMq__RetryIntervalsMs__0"] = "50",
        ["Auth__DevelopmentSigningKey"] = TestTokens.Options.DevelopmentSigningKey!,
        ["Auth__Issuer"] = TestTokens.Options.Issuer,
        ["Auth__Audience"] = TestTokens.Options.Audience,
        ["Services__Directory__Grpc"] = DirectoryPeer.Shared.Address.ToString(),
    };

    private static SqliteNotificationsDbContext Open(ServiceProcess service) =>
        new(new DbContextOptionsBuilder<SqliteNotificationsDbContext>().UseSqlite($"Data Source={service.DatabasePath};Pooling=False").Options);

    private static async Task<int> CountAsync(ServiceProcess service, Func<NotificationsDbContext, Task<int>> count)
    {
        await using var db = Open(service);
        return await count(db);
    }
}
