using Corridor.Notifications.Inbox;
using Corridor.Notifications.Mail;
using Corridor.Testing;
using Corridor.TestKit;
using Microsoft.Extensions.DependencyInjection;

namespace Corridor.Notifications.Tests.Mail;

/// <summary>A relay that is down: the mail waits with a doubling delay and goes out once it is up, once; or is given up.</summary>
public sealed class MailRetryTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task A_mail_to_a_relay_that_is_down_is_sent_once_after_it_comes_up()
    {
        var port = FreePorts.Next();
        await using var bed = await MailTestBed.CreateAsync(port);
        var replica = bed.NewReplica();
        var sender = replica.GetRequiredService<MailSender>();
        await bed.AddPersonAsync("staff-450900", "staff@yulin.example");
        await bed.NotifyAsync(replica, NotificationKinds.ProblemUrged, "催办");

        Assert.Equal(1, await sender.SendDueAsync(CancellationToken.None));
        var waiting = Assert.Single(await bed.DeliveriesAsync());
        Assert.Equal(MailDeliveryStatus.Pending, waiting.Status);
        Assert.Equal(1, waiting.Attempts);
        Assert.NotNull(waiting.LastError);
        Assert.Equal(bed.Clock.GetUtcNow().UtcDateTime + TimeSpan.FromMinutes(1), waiting.NextAttemptAt);
        Assert.Null(waiting.LeaseToken);

        await using var sink = SmtpSink.Start(port);
        Assert.Equal(0, await sender.SendDueAsync(CancellationToken.None));
        bed.Clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(1, await sender.SendDueAsync(CancellationToken.None));
        Assert.Equal(0, await sender.SendDueAsync(CancellationToken.None));

        Assert.Single(await sink.WaitForAsync(mail => mail.Subject == "【西部陆海新通道】催办", 1, Timeout));
        Assert.Single(sink.Received);
        var sent = Assert.Single(await bed.DeliveriesAsync());
        Assert.Equal(MailDeliveryStatus.Sent, sent.Status);
        Assert.Equal(2, sent.Attempts);
    }

    [Fact]
    public async Task The_delay_doubles_and_after_the_last_attempt_the_mail_is_failed_and_left_alone()
    {
        await using var bed = await MailTestBed.CreateAsync(settings: new Dictionary<string, string?> { ["Notifications:Mail:MaxAttempts"] = "3" });
        var replica = bed.NewReplica();
        var sender = replica.GetRequiredService<MailSender>();
        await bed.AddPersonAsync("staff-450900", "staff@yulin.example");
        await bed.NotifyAsync(replica, NotificationKinds.ProblemUrged, "催办");

        await sender.SendDueAsync(CancellationToken.None);
        bed.Clock.Advance(TimeSpan.FromMinutes(1));
        await sender.SendDueAsync(CancellationToken.None);
        var second = Assert.Single(await bed.DeliveriesAsync());
        Assert.Equal(2, second.Attempts);
        Assert.Equal(bed.Clock.GetUtcNow().UtcDateTime + TimeSpan.FromMinutes(2), second.NextAttemptAt);

        bed.Clock.Advance(TimeSpan.FromMinutes(2));
        await sender.SendDueAsync(CancellationToken.None);
        var failed = Assert.Single(await bed.DeliveriesAsync());
        Assert.Equal(MailDeliveryStatus.Failed, failed.Status);
        Assert.Equal(3, failed.Attempts);

        bed.Clock.Advance(TimeSpan.FromHours(1));
        Assert.Equal(0, await sender.SendDueAsync(CancellationToken.None));
    }

    [Fact]
    public void The_retry_delay_doubles_from_the_minimum_up_to_the_maximum()
    {
        var options = new MailOptions { MinRetryDelay = TimeSpan.FromSeconds(30), MaxRetryDelay = TimeSpan.FromMinutes(5) };

        Assert.Equal(
            [TimeSpan.FromSeconds(30), TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(2), TimeSpan.FromMinutes(4), TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(5)],
            Enumerable.Range(1, 6).Select(options.RetryDelay));
    }
}
