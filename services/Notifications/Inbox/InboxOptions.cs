namespace Corridor.Notifications.Inbox;

/// <summary>Settings under <c>Notifications:Inbox</c>.</summary>
public sealed class InboxOptions
{
    public const string Section = "Notifications:Inbox";

    /// <summary>How often a live stream looks for notifications another replica wrote (its own replica's wake it at once).</summary>
    public TimeSpan StreamPollInterval { get; set; } = TimeSpan.FromSeconds(2);
}
