using System.Diagnostics.Metrics;

namespace Corridor.Notifications.Mail;

/// <summary>Counters of the mail sender: mails sent, attempts that failed and will be retried, mails given up.</summary>
internal static class MailTelemetry
{
    public const string Name = "Corridor.Notifications.Mail";

    private static readonly Meter Meter = new(Name);

    public static readonly Counter<long> Sent = Meter.CreateCounter<long>("corridor.notifications.mail.sent", description: "Mails the SMTP relay accepted.");

    public static readonly Counter<long> Retried = Meter.CreateCounter<long>("corridor.notifications.mail.retried", description: "Failed attempts that will be retried.");

    public static readonly Counter<long> Failed = Meter.CreateCounter<long>("corridor.notifications.mail.failed", description: "Mails given up after the last attempt.");
}
