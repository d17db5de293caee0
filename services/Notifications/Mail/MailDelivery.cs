namespace Corridor.Notifications.Mail;

/// <summary>
/// One mail to send: for one notification (at most one row per notification) or one person's daily digest
/// (<see cref="DigestId"/>). Made in the same transaction as what it tells; <see cref="MailSender"/> leases it,
/// sends it and marks it <see cref="MailDeliveryStatus.Sent"/>, or retries it with back-off until it is
/// <see cref="MailDeliveryStatus.Failed"/>.
/// </summary>
public sealed class MailDelivery
{
    public const int MaxAddress = 256;
    public const int MaxError = 500;

    private MailDelivery()
    {
    }

    private MailDelivery(Guid personId, string to, DateTime createdAt)
    {
        PersonId = personId;
        To = to;
        CreatedAt = createdAt;
        NextAttemptAt = createdAt;
    }

    public Guid Id { get; private set; } = Guid.NewGuid();

    public Guid? NotificationId { get; private set; }

    public Guid? DigestId { get; private set; }

    public Guid PersonId { get; private set; }

    /// <summary>The address, as the person's record had it when the mail was made.</summary>
    public string To { get; private set; } = "";

    public MailDeliveryStatus Status { get; private set; }

    public int Attempts { get; private set; }

    public DateTime NextAttemptAt { get; private set; }

    /// <summary>The sender run that holds the row until <see cref="LeaseUntil"/>; another run leaves it alone until then.</summary>
    public Guid? LeaseToken { get; private set; }

    public DateTime? LeaseUntil { get; private set; }

    public DateTime? SentAt { get; private set; }

    public string? LastError { get; private set; }

    public DateTime CreatedAt { get; private set; }

    public static MailDelivery ForNotification(Guid notificationId, Guid personId, string to, DateTime createdAt) =>
        new(personId, to, createdAt) { NotificationId = notificationId };

    public static MailDelivery ForDigest(Guid digestId, Guid personId, string to, DateTime createdAt) =>
        new(personId, to, createdAt) { DigestId = digestId };
}

public enum MailDeliveryStatus
{
    Pending,
    Sent,
    Failed,
}
