namespace Corridor.Notifications.Inbox;

/// <summary>A notification before it is addressed: its kind, texts in both languages and the record it is about.</summary>
public sealed record NotificationDraft(
    string Kind, NotificationSeverity Severity, RecordRef Record, NotificationText Chinese, NotificationText English);

public sealed record NotificationText(string Subject, string Body);

/// <summary>The record a notification is about, and the console path that shows it.</summary>
public sealed record RecordRef(string Service, string Type, Guid Id)
{
    public static RecordRef Problem(Guid id) => new("lists", "problem", id);

    public static RecordRef Project(Guid id) => new("lists", "project", id);

    public static RecordRef Match(Guid id) => new("lists", "match", id);

    public static RecordRef Agreement(Guid id) => new("agreements", "agreement", id);

    public static RecordRef Team(Guid id) => new("teams", "team", id);

    public string Link => $"/{(Type == "match" ? "matches" : Type + "s")}/{Id}";
}
