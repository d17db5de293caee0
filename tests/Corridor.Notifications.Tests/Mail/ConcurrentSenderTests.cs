using Corridor.Notifications.Inbox;
using Corridor.Notifications.Mail;
using Corridor.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Corridor.Notifications.Tests.Mail;

/// <summary>Several replicas' senders on one database: the lease gives each mail to one of them.</summary>
public sealed class ConcurrentSenderTests
{
    [Fact]
    public async Task Two_senders_draining_the_same_mails_at_once_send_each_exactly_once()
    {
        const int People = 12;
        const int Notices = 5;
        await using var sink = SmtpSink.Start();
        await using var bed = await MailTestBed.CreateAsync(sink.Port, new Dictionary<string, string?> { ["Notifications:Mail:BatchSize"] = "4" });
        var replicas = new[] { bed.NewReplica(), bed.NewReplica() };
        for (var i = 0; i < People; i++)
        {
            await bed.AddPersonAsync($"staff-{i:00}", $"staff{i:00}@yulin.example");
        }

        for (var i = 0; i < Notices; i++)
        {
            await bed.NotifyAsync(replicas[i % 2], NotificationKinds.ProblemUrged, $"催办 {i}");
        }

        await Task.WhenAll(replicas.Select(replica => DrainAsync(replica.GetRequiredService<MailSender>())));

        var mails = await sink.WaitForAsync(_ => true, People * Notices, TimeSpan.FromSeconds(10));
        Assert.Equal(People * Notices, mails.Count);
        Assert.Equal(People * Notices, mails.Select(m => m.MessageId).Distinct().Count());
        Assert.All(await bed.DeliveriesAsync(), d => Assert.Equal((MailDeliveryStatus.Sent, 1), (d.Status, d.Attempts)));
    }

    private static async Task DrainAsync(MailSender sender)
    {
        // Each sender runs until a run finds nothing left to lease: between them they take every mail.
        for (var run = 0; run < 100; run++)
        {
            if (await sender.SendDueAsync(CancellationToken.None) == 0)
            {
                return;
            }
        }

        throw new InvalidOperationException("The senders did not drain the mails in 100 runs each.");
    }
}
