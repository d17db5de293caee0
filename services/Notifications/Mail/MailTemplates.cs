using System.Net;
using System.Text;
using Corridor.Notifications.Inbox;
using Corridor.Notifications.Texts;
using MimeKit;

namespace Corridor.Notifications.Mail;

/// <summary>
/// The mails, in Chinese, each as HTML and plain text: one notification (its subject and body, which already name the
/// organs and the record, and a link to the record in the console) or one day's digest of several. The Message-ID is
/// made from the notification's (or digest's) id, so a mail sent twice would carry the same one and a receiver or an
/// operator can tell it is a duplicate.
/// </summary>
public static class MailTemplates
{
    public const string SubjectPrefix = "【西部陆海新通道】";
    private const string Footer = "此邮件由西部陆海新通道系统自动发送，请勿直接回复。在控制台的“通知设置”中可选择哪些通知发邮件、立即发送还是每日汇总。";

    public static string MessageIdOf(Notification notification) => $"{notification.Id:D}@corridor";

    public static string MessageIdOf(MailDigest digest) => $"digest-{digest.Id:D}@corridor";

    public static MimeMessage ForNotification(Notification notification, string to, SmtpOptions smtp, ConsoleLinkOptions console)
    {
        var link = console.LinkTo(notification.Link);
        var text = new StringBuilder()
            .AppendLine(notification.Subject).AppendLine()
            .AppendLine(notification.Body).AppendLine()
            .AppendLine($"查看：{link}")
            .AppendLine($"时间：{ChinaTimeText(notification.CreatedAt)}").AppendLine()
            .AppendLine(Footer)
            .ToString();
        var html = new StringBuilder()
            .Append(HtmlHead(notification.Subject))
            .Append(HtmlItem(notification, console))
            .Append(HtmlFoot())
            .ToString();
        var message = Envelope(SubjectPrefix + notification.Subject, to, smtp, text, html);
        message.MessageId = MessageIdOf(notification);
        message.Date = new DateTimeOffset(DateTime.SpecifyKind(notification.CreatedAt, DateTimeKind.Utc));
        message.Headers.Add("X-Corridor-Notification", notification.Id.ToString("D"));
        message.Headers.Add("X-Corridor-Kind", notification.Kind);
        return message;
    }

    public static MimeMessage ForDigest(MailDigest digest, IReadOnlyList<Notification> notifications, string to, SmtpOptions smtp, ConsoleLinkOptions console)
    {
        var day = digest.Day.ToString("yyyy-MM-dd");
        var subject = $"每日汇总：{notifications.Count} 条通知（{day}）";
        var text = new StringBuilder().AppendLine(subject).AppendLine();
        var html = new StringBuilder().Append(HtmlHead(subject));
        var number = 0;
        foreach (var notification in notifications)
        {
            number++;
            text.AppendLine($"{number}. {notification.Subject}")
                .AppendLine($"   {notification.Body}")
                .AppendLine($"   {ChinaTimeText(notification.CreatedAt)}  查看：{console.LinkTo(notification.Link)}")
                .AppendLine();
            html.Append(HtmlItem(notification, console));
        }

        text.AppendLine(Footer);
        html.Append(HtmlFoot());
        var message = Envelope(SubjectPrefix + subject, to, smtp, text.ToString(), html.ToString());
        message.MessageId = MessageIdOf(digest);
        message.Headers.Add("X-Corridor-Digest", digest.Id.ToString("D"));
        return message;
    }

    private static MimeMessage Envelope(string subject, string to, SmtpOptions smtp, string text, string html)
    {
        var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse(smtp.From));
        message.To.Add(MailboxAddress.Parse(to));
        message.Subject = subject;
        message.Body = new BodyBuilder { TextBody = text, HtmlBody = html }.ToMessageBody();
        return message;
    }

    private static string HtmlHead(string title) =>
        "<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>"
        + Encode(title)
        + "</title></head><body style=\"font-family:sans-serif;line-height:1.6\">"
        + $"<p style=\"color:#555\">{Encode(SubjectPrefix)}</p>";

    private static string HtmlItem(Notification notification, ConsoleLinkOptions console) =>
        $"<h3>{Encode(notification.Subject)}</h3>"
        + $"<p>{Encode(notification.Body)}</p>"
        + $"<p><a href=\"{Encode(console.LinkTo(notification.Link))}\">在控制台查看</a> · {Encode(ChinaTimeText(notification.CreatedAt))}</p>";

    private static string HtmlFoot() => $"<hr><p style=\"color:#888;font-size:small\">{Encode(Footer)}</p></body></html>";

    private static string Encode(string text) => WebUtility.HtmlEncode(text);

    private static string ChinaTimeText(DateTime utc) => (utc + ChinaTime.Offset).ToString("yyyy-MM-dd HH:mm") + "（北京时间）";
}
