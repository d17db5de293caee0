using Corridor.Notifications.Inbox;
using Corridor.Notifications.Mail;
using Corridor.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Corridor.Notifications.Tests.Mail;

/// <summary>Digest mode: nothing at the time of the notification, one mail a day with what gathered since the last.</summary>
public sealed class DailyDigestTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task Digest_mode_mails_nothing_at_once_and_one_digest_when_the_digest_runs_and_no_second_that_day()
    {
        await using var sink = SmtpSink.Start();
        await using var bed = await MailTestBed.CreateAsync(sink.Port);
        var replica = bed.NewReplica();
        var sender = replica.GetRequiredService<MailSender>();
        var digester = await bed.AddPersonAsync("digester", "digest@yulin.example");
        await bed.AddPersonAsync("immediate", "now@yulin.example");
        await bed.SetPreferenceAsync(digester, MailPreference.AnyKind, MailMode.DailyDigest);
        await bed.SetPreferenceAsync(digester, NotificationKinds.ProblemClosed, MailMode.Off);

        await bed.NotifyAsync(replica, NotificationKinds.ProblemUrged, "催办：港口堆场不足");
        await bed.NotifyAsync(replica, NotificationKinds.ProblemAccepted, "已受理：冷链通关");
        await bed.NotifyAsync(replica, NotificationKinds.ProblemClosed, "已办结：口岸收费");
        Assert.Equal(3, await sender.SendDueAsync(CancellationToken.None));
        await sink.WaitForAsync(_ => true, 3, Timeout);
        Assert.All(sink.Received, mail => Assert.Equal(["now@yulin.example"], mail.To));

        // The next morning at 08:00 China time.
        var digestAt = DigestSchedule.NextAfter(bed.Clock.GetUtcNow().UtcDateTime, TimeSpan.FromHours(8));
        bed.Clock.SetUtcNow(digestAt);
        var digest = replica.GetRequiredService<DailyDigest>();
        Assert.Equal(1, await digest.RunAsync(digestAt, CancellationToken.None));
        Assert.Equal(0, await digest.RunAsync(digestAt, CancellationToken.None));
        Assert.Equal(1, await sender.SendDueAsync(CancellationToken.None));

        var mail = Assert.Single(await sink.WaitForAsync(m => m.To.Contains("digest@yulin.example"), 1, Timeout));
        Assert.Equal("【西部陆海新通道】每日汇总：2 条通知（2026-12-08）", mail.Subject);
        Assert.Contains("催办：港口堆场不足", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("已受理：冷链通关", mail.HtmlBody, StringComparison.Ordinal);
        Assert.DoesNotContain("已办结", mail.TextBody, StringComparison.Ordinal);
        Assert.StartsWith("digest-", mail.MessageId, StringComparison.Ordinal);
        Assert.Equal(4, sink.Received.Count);

        // A day without new notifications: no digest.
        var nextDay = DigestSchedule.NextAfter(digestAt, TimeSpan.FromHours(8));
        bed.Clock.SetUtcNow(nextDay);
        Assert.Equal(0, await digest.RunAsync(nextDay, CancellationToken.None));
    }

    [Fact]
    public async Task Two_replicas_running_the_digest_at_once_make_one_per_person()
    {
        await using var bed = await MailTestBed.CreateAsync();
        var first = bed.NewReplica();
        var second = bed.NewReplica();
        for (var i = 0; i < 5; i++)
        {
            var person = await bed.AddPersonAsync($"digester-{i}", $"d{i}@yulin.example");
            await bed.SetPreferenceAsync(person, MailPreference.AnyKind, MailMode.DailyDigest);
        }

        await bed.NotifyAsync(first, NotificationKinds.ProblemUrged, "催办");
        var digestAt = DigestSchedule.NextAfter(bed.Clock.GetUtcNow().UtcDateTime, TimeSpan.FromHours(8));
        bed.Clock.SetUtcNow(digestAt);

        var made = await Task.WhenAll(
            first.GetRequiredService<DailyDigest>().RunAsync(digestAt, CancellationToken.None),
            second.GetRequiredService<DailyDigest>().RunAsync(digestAt, CancellationToken.None));

        Assert.Equal(5, made.Sum());
        var deliveries = await bed.DeliveriesAsync();
        Assert.Equal(5, deliveries.Count);
        Assert.Equal(5, deliveries.Select(d => d.To).Distinct().Count());
    }

    [Theory]
    [InlineData("2026-12-07T00:30:00Z", "2026-12-08T00:00:00Z")]
    [InlineData("2026-12-06T23:59:59Z", "2026-12-07T00:00:00Z")]
    [InlineData("2026-12-07T00:00:00Z", "2026-12-08T00:00:00Z")]
    [InlineData("2026-12-07T17:00:00Z", "2026-12-08T00:00:00Z")]
    public void The_digest_runs_at_eight_in_the_morning_China_time(string now, string next)
    {
        var utc = DateTime.Parse(now, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AdjustToUniversal);

        Assert.Equal(
            DateTime.Parse(next, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AdjustToUniversal),
            DigestSchedule.NextAfter(utc, TimeSpan.FromHours(8)));
    }
}
