namespace Corridor.Notifications.Mail;

/// <summary>Settings under <c>Notifications:Mail</c>: how the mail sender and the daily digest run.</summary>
public sealed class MailOptions
{
    public const string Section = "Notifications:Mail";

    /// <summary>Sends mail at all; off, deliveries are still recorded (and sent once it is on again).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>How often the sender looks for due mail when no new notification woke it.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How many mails one sender run leases at once.</summary>
    public int BatchSize { get; set; } = 20;

    /// <summary>How long a lease keeps other replicas off a mail; a run starts no send that could outlast it.</summary>
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>Bound of one SMTP conversation (connect, send, quit).</summary>
    public TimeSpan SendTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Attempts before a mail is given up as failed.</summary>
    public int MaxAttempts { get; set; } = 10;

    /// <summary>The wait after the first failure; it doubles with each further one…</summary>
    public TimeSpan MinRetryDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>…up to this.</summary>
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromHours(1);

    /// <summary>When the daily digest goes out, as a time of day in China (UTC+8).</summary>
    public TimeSpan DigestAt { get; set; } = TimeSpan.FromHours(8);

    /// <summary>The delay before attempt <paramref name="failures"/> + 1: doubling from <see cref="MinRetryDelay"/>, capped.</summary>
    public TimeSpan RetryDelay(int failures)
    {
        var exponent = Math.Clamp(failures - 1, 0, 30);
        var delay = MinRetryDelay.TotalMilliseconds * Math.Pow(2, exponent);
        return TimeSpan.FromMilliseconds(Math.Min(delay, MaxRetryDelay.TotalMilliseconds));
    }
}
