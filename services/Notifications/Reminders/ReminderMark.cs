namespace Corridor.Notifications.Reminders;

/// <summary>
/// A reminder threshold that has fired, e.g. <c>problem.due-soon:{problemId}:{dueDate}</c>. It is inserted in the same
/// transaction as the reminder's notifications: when several replicas run the same round, the second insert of a key
/// fails, that replica's transaction rolls back and it skips, so each threshold is told once.
/// </summary>
public sealed class ReminderMark
{
    public const int MaxKey = 200;

    private ReminderMark()
    {
    }

    public ReminderMark(string key, DateTime createdAt)
    {
        Key = key;
        CreatedAt = createdAt;
    }

    public string Key { get; private set; } = "";

    public DateTime CreatedAt { get; private set; }
}
