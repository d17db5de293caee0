namespace Corridor.Notifications.Mail;

/// <summary>How a person wants to be mailed about a kind of notification (the inbox has every notification regardless).</summary>
public enum MailMode
{
    /// <summary>One mail per notification, as soon as it is made (what a person gets when they chose nothing).</summary>
    Immediate,

    /// <summary>Gathered into one mail a day (<see cref="MailOptions.DigestAt"/>).</summary>
    DailyDigest,

    /// <summary>No mail.</summary>
    Off,
}
