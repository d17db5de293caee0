using Corridor.Notifications.Inbox;
using Corridor.Notifications.Mail;
using Corridor.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Corridor.Notifications.Tests.Mail;

/// <summary>A notification becomes one mail, sent over SMTP to an in-process server, or no mail as the person chose.</summary>
public sealed class EmailChannelTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task A_notification_for_a_person_with_an_address_is_one_Chinese_mail_with_text_and_HTML()
    {
        await using var sink = SmtpSink.Start();
        await using var bed = await MailTestBed.CreateAsync(sink.Port);
        var replica = bed.NewReplica();
        await bed.AddPersonAsync("staff-450900", "staff@yulin.example");

        Assert.Equal(1, await bed.NotifyAsync(replica, NotificationKinds.ProblemUrged, "催办：铁海联运班列运力不足"));
        var delivery = Assert.Single(await bed.DeliveriesAsync());
        Assert.Equal(MailDeliveryStatus.Pending, delivery.Status);
        Assert.Equal(1, await replica.GetRequiredService<MailSender>().SendDueAsync(CancellationToken.None));

        var mail = Assert.Single(await sink.WaitForAsync(_ => true, 1, Timeout));
        var notification = Assert.Single(await bed.NotificationsAsync());
        Assert.Equal(["staff@yulin.example"], mail.To);
        Assert.Equal("【西部陆海新通道】催办：铁海联运班列运力不足", mail.Subject);
        Assert.Contains("催办：铁海联运班列运力不足：玉林市发展和改革委员会请抓紧办理。", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains($"https://console.corridor.example/problems/{notification.RecordId}", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("<p>催办：铁海联运班列运力不足：玉林市发展和改革委员会请抓紧办理。</p>", mail.HtmlBody, StringComparison.Ordinal);
        Assert.Contains($"href=\"https://console.corridor.example/problems/{notification.RecordId}\"", mail.HtmlBody, StringComparison.Ordinal);
        Assert.Equal($"{notification.Id:D}@corridor", mail.MessageId);
        Assert.Equal(NotificationKinds.ProblemUrged, mail.Header("X-Corridor-Kind"));

        var sent = Assert.Single(await bed.DeliveriesAsync());
        Assert.Equal(MailDeliveryStatus.Sent, sent.Status);
        Assert.Equal(notification.Id, sent.NotificationId);
        Assert.Equal(1, sent.Attempts);
        Assert.Equal(0, await replica.GetRequiredService<MailSender>().SendDueAsync(CancellationToken.None));
        Assert.Single(sink.Received);
    }

    [Fact]
    public async Task A_person_without_an_address_gets_the_notification_but_no_mail()
    {
        await using var bed = await MailTestBed.CreateAsync();
        var replica = bed.NewReplica();
        await bed.AddPersonAsync("no-mail", email: null);

        Assert.Equal(1, await bed.NotifyAsync(replica, NotificationKinds.ProblemUrged, "催办"));

        Assert.Single(await bed.NotificationsAsync());
        Assert.Empty(await bed.DeliveriesAsync());
    }

    [Fact]
    public async Task Mail_off_for_a_kind_or_by_default_sends_nothing_while_other_kinds_still_go()
    {
        await using var sink = SmtpSink.Start();
        await using var bed = await MailTestBed.CreateAsync(sink.Port);
        var replica = bed.NewReplica();
        var quietOnUrgings = await bed.AddPersonAsync("quiet-on-urgings", "a@yulin.example");
        var quiet = await bed.AddPersonAsync("quiet", "b@yulin.example");
        await bed.SetPreferenceAsync(quietOnUrgings, NotificationKinds.ProblemUrged, MailMode.Off);
        await bed.SetPreferenceAsync(quiet, MailPreference.AnyKind, MailMode.Off);

        Assert.Equal(2, await bed.NotifyAsync(replica, NotificationKinds.ProblemUrged, "催办"));
        Assert.Equal(2, await bed.NotifyAsync(replica, NotificationKinds.ProblemAccepted, "已受理"));
        Assert.Equal(1, await replica.GetRequiredService<MailSender>().SendDueAsync(CancellationToken.None));

        var mail = Assert.Single(await sink.WaitForAsync(_ => true, 1, Timeout));
        Assert.Equal(["a@yulin.example"], mail.To);
        Assert.Equal("【西部陆海新通道】已受理", mail.Subject);
        Assert.Equal(4, (await bed.NotificationsAsync()).Count);
        Assert.Single(await bed.DeliveriesAsync());
    }
}
