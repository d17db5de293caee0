using Corridor.Testing;
using Corridor.TestKit;
using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;

namespace Corridor.Notifications.Tests.Mail;

/// <summary>The test kit's in-process SMTP server, spoken to by MailKit over a real SMTP conversation.</summary>
public sealed class SmtpSinkTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task A_mail_sent_with_MailKit_arrives_parsed()
    {
        await using var sink = SmtpSink.Start();
        var message = new MimeMessage();
        message.From.Add(new MailboxAddress("西部陆海新通道", "noreply@corridor.local"));
        message.To.Add(new MailboxAddress("玉林市发改委", "staff@yulin.example"));
        message.Subject = "【西部陆海新通道】催办";
        message.MessageId = "0f1e2d3c@corridor";
        message.Headers.Add("X-Corridor-Kind", "problem.urged");
        message.Body = new BodyBuilder { TextBody = "请尽快处理。", HtmlBody = "<p>请尽快处理。</p>" }.ToMessageBody();

        await SendAsync(sink.Port, message);

        var mail = Assert.Single(await sink.WaitForAsync(_ => true, 1, Timeout));
        Assert.Equal(["staff@yulin.example"], mail.To);
        Assert.Equal(["staff@yulin.example"], mail.EnvelopeTo);
        Assert.Equal("noreply@corridor.local", mail.EnvelopeFrom);
        Assert.Equal("【西部陆海新通道】催办", mail.Subject);
        Assert.Equal("请尽快处理。", mail.TextBody?.Trim());
        Assert.Equal("<p>请尽快处理。</p>", mail.HtmlBody?.Trim());
        Assert.Equal("0f1e2d3c@corridor", mail.MessageId);
        Assert.Equal("problem.urged", mail.Header("X-Corridor-Kind"));
    }

    [Fact]
    public async Task Waiting_for_more_mails_than_arrive_times_out_naming_what_did()
    {
        await using var sink = SmtpSink.Start();
        await SendAsync(sink.Port, Simple("a@example.org", "第一封"));

        var timeout = await Assert.ThrowsAsync<TimeoutException>(
            () => sink.WaitForAsync(mail => mail.Subject.StartsWith('第'), 2, TimeSpan.FromMilliseconds(300)));

        Assert.Contains("1 of 2", timeout.Message, StringComparison.Ordinal);
        Assert.Contains("第一封", timeout.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_wait_started_before_the_mails_returns_once_enough_match()
    {
        await using var sink = SmtpSink.Start();
        var waiting = sink.WaitForAsync(mail => mail.To.Contains("b@example.org"), 2, Timeout);

        await SendAsync(sink.Port, Simple("a@example.org", "给 a"));
        await SendAsync(sink.Port, Simple("b@example.org", "给 b 一"));
        Assert.False(waiting.IsCompleted);
        await SendAsync(sink.Port, Simple("b@example.org", "给 b 二"));

        var mails = await waiting;
        Assert.Equal(["给 b 一", "给 b 二"], mails.Select(mail => mail.Subject));
        Assert.Equal(3, sink.Received.Count);
    }

    [Fact]
    public async Task A_sink_started_on_a_reserved_port_after_a_failed_send_receives_the_retry()
    {
        var port = FreePorts.Next();
        await Assert.ThrowsAnyAsync<Exception>(() => SendAsync(port, Simple("a@example.org", "重试")));

        await using var sink = SmtpSink.Start(port);
        await SendAsync(port, Simple("a@example.org", "重试"));

        Assert.Single(await sink.WaitForAsync(mail => mail.Subject == "重试", 1, Timeout));
    }

    [Fact]
    public async Task A_disposed_sink_refuses_connections()
    {
        var sink = SmtpSink.Start();
        await sink.DisposeAsync();

        await Assert.ThrowsAnyAsync<Exception>(() => SendAsync(sink.Port, Simple("a@example.org", "太晚")));
    }

    private static MimeMessage Simple(string to, string subject)
    {
        var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse("noreply@corridor.local"));
        message.To.Add(MailboxAddress.Parse(to));
        message.Subject = subject;
        message.Body = new TextPart("plain") { Text = subject };
        return message;
    }

    private static async Task SendAsync(int port, MimeMessage message)
    {
        using var client = new SmtpClient { Timeout = (int)Timeout.TotalMilliseconds };
        await client.ConnectAsync("127.0.0.1", port, SecureSocketOptions.None);
        await client.SendAsync(message);
        await client.DisconnectAsync(quit: true);
    }
}
