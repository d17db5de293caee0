namespace Corridor.Notifications.Inbox;

/// <summary>One notification as its owner reads it, in the language asked for (Chinese unless English was).</summary>
public sealed record NotificationResponse(
    Guid Id,
    string Position,
    string Kind,
    string Severity,
    string Subject,
    string Body,
    NotificationRecord Record,
    DateTime CreatedAt,
    DateTime? ReadAt)
{
    public bool Read => ReadAt is not null;

    public static NotificationResponse Of(Notification n, InboxLanguage language) => new(
        n.Id,
        InboxPosition.Encode(n.Sequence),
        n.Kind,
        n.Severity.ToString().ToLowerInvariant(),
        language == InboxLanguage.English ? n.SubjectEn : n.Subject,
        language == InboxLanguage.English ? n.BodyEn : n.Body,
        new NotificationRecord(n.Service, n.RecordType, n.RecordId, n.Link),
        DateTime.SpecifyKind(n.CreatedAt, DateTimeKind.Utc),
        n.ReadAt is { } read ? DateTime.SpecifyKind(read, DateTimeKind.Utc) : null);
}

public sealed record NotificationRecord(string Service, string Type, Guid Id, string Link);

public enum InboxLanguage
{
    Chinese,
    English,
}
