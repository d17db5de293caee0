using Corridor.Contracts.Events;
using Corridor.Notifications.Infrastructure;
using Corridor.Notifications.Mail;
using Corridor.Testing;
using Corridor.Testing.Processes;
using Corridor.TestKit;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Notifications.Tests.Reliability;

/// <summary>
/// The Notifications service as a real process, SIGKILLed while events stream in and mails go out, and started again
/// on the same database and queues: every notification arrives, none twice, and every mail arrives. SMTP cannot be
/// exactly once: a kill between the relay's "250 OK" and the commit that marks the mail sent sends that one mail
/// again, with the same Message-ID (docs/domain/notifications.md, E-mail), so at most one repeat per kill is allowed.
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
        await using var sink = SmtpSink.Start();
        var service = new ServiceProcess("notifications", "Notifications.Host", data, Settings(vhost, sink));
        var bus = Bus.Factory.CreateUsingRabbitMq(c => c.Host(vhost));
        try
        {
            await service.StartAsync();
            await bus.StartAsync();
            var coordinators = new[] { TestPerson.Coordinator(DemoOrgans.Qinzhou), TestPerson.Coordinator(DemoOrgans.Qinzhou) }
                .Select((person, i) => person with { Email = $"coordinator{i}@demo.corridor.local" }).ToArray();
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
            await Eventually.TrueAsync(
                async () => await CountAsync(service, db => db.Set<MailDelivery>().CountAsync(d => d.Status != MailDeliveryStatus.Sent)) == 0,
                Timeout,
                "every mail sent after the restart");
            await service.KillAsync();

            await using var db = Open(service);
            var perPersonAndProblem = await db.Notifications.GroupBy(n => new { n.PersonId, n.RecordId }).Select(g => g.Count()).ToListAsync();
            Assert.Equal(Problems * coordinators.Length, perPersonAndProblem.Count);
            Assert.All(perPersonAndProblem, count => Assert.Equal(1, count));
            Assert.Equal(Problems, await db.InboxRecords.CountAsync(r => r.Consumer.EndsWith("ProblemRaisedConsumer")));

            var mails = await sink.WaitForAsync(_ => true, Problems * coordinators.Length, Timeout);
            var distinct = mails.Select(m => m.MessageId).Distinct().Count();
            Assert.Equal(Problems * coordinators.Length, distinct);
            Assert.InRange(mails.Count - distinct, 0, 1);
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

    private static Dictionary<string, string> Settings(Uri vhost, SmtpSink sink) => new()
    {
        ["Notifications__Smtp__Host"] = sink.Host,
        ["Notifications__Smtp__Port"] = sink.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Notifications__Mail__PollInterval"] = "00:00:00.200",
        ["Notifications__Reminders__Interval"] = "1.00:00:00",
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
