namespace Corridor.Notifications.Inbox;

/// <summary>
/// One message in one person's inbox: what happened (kind, in Chinese and English), the record it is about and where
/// the console shows it, when, and whether the person has read it. <see cref="Sequence"/> orders a person's inbox and
/// is the position a live stream resumes from.
/// </summary>
public sealed class Notification
{
    private Notification()
    {
    }

    public Notification(Guid personId, NotificationDraft draft, string dedupKey, DateTime createdAt)
    {
        PersonId = personId;
        Kind = draft.Kind;
        Severity = draft.Severity;
        Subject = draft.Chinese.Subject;
        Body = draft.Chinese.Body;
        SubjectEn = draft.English.Subject;
        BodyEn = draft.English.Body;
        Service = draft.Record.Service;
        RecordType = draft.Record.Type;
        RecordId = draft.Record.Id;
        Link = draft.Record.Link;
        DedupKey = dedupKey;
        CreatedAt = createdAt;
    }

    public long Sequence { get; private set; }

    public Guid Id { get; private set; } = Guid.NewGuid();

    public Guid PersonId { get; private set; }

    /// <summary>What happened, e.g. <c>problem.urged</c> (<see cref="NotificationKinds"/>).</summary>
    public string Kind { get; private set; } = "";

    public NotificationSeverity Severity { get; private set; }

    public string Subject { get; private set; } = "";

    public string Body { get; private set; } = "";

    public string SubjectEn { get; private set; } = "";

    public string BodyEn { get; private set; } = "";

    /// <summary>The service that keeps the record: <c>lists</c>, <c>agreements</c> or <c>teams</c>.</summary>
    public string Service { get; private set; } = "";

    /// <summary><c>problem</c>, <c>project</c>, <c>agreement</c>, <c>team</c> or <c>match</c>.</summary>
    public string RecordType { get; private set; } = "";

    public Guid RecordId { get; private set; }

    /// <summary>The console's path to the record.</summary>
    public string Link { get; private set; } = "";

    /// <summary>What made it (the event's message id, or the reminder and threshold): one notification per person and key.</summary>
    public string DedupKey { get; private set; } = "";

    public DateTime CreatedAt { get; private set; }

    public DateTime? ReadAt { get; private set; }

    public bool MarkRead(DateTime at)
    {
        if (ReadAt is not null)
        {
            return false;
        }

        ReadAt = at;
        return true;
    }
}

/// <summary>Info for news, yellow for a deadline coming, red for one passed or an escalation.</summary>
public enum NotificationSeverity
{
    Info,
    Yellow,
    Red,
}
