namespace Corridor.Notifications.Mail;

/// <summary>
/// One person's daily digest for one day (China time): at most one per person and day, so replicas that run the
/// digest at the same time make it once. It covers the person's digest-mode notifications after the previous
/// digest's <see cref="UpToSequence"/> up to its own; a <see cref="MailDelivery"/> sends it.
/// </summary>
public sealed class MailDigest
{
    private MailDigest()
    {
    }

    public MailDigest(Guid personId, DateOnly day, long fromSequence, long upToSequence, DateTime createdAt)
    {
        PersonId = personId;
        Day = day;
        FromSequence = fromSequence;
        UpToSequence = upToSequence;
        CreatedAt = createdAt;
    }

    public Guid Id { get; private set; } = Guid.NewGuid();

    public Guid PersonId { get; private set; }

    public DateOnly Day { get; private set; }

    /// <summary>The notifications covered are those after this position (exclusive)…</summary>
    public long FromSequence { get; private set; }

    /// <summary>…up to this one (inclusive); the next digest starts here.</summary>
    public long UpToSequence { get; private set; }

    public DateTime CreatedAt { get; private set; }
}
