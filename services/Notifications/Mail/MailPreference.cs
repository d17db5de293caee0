namespace Corridor.Notifications.Mail;

/// <summary>
/// One person's mail mode for one kind of notification, or for every kind they have not named
/// (<see cref="AnyKind"/>). Nothing stored means <see cref="MailMode.Immediate"/>.
/// </summary>
public sealed class MailPreference
{
    public const string AnyKind = "*";
    public const int MaxKind = 50;

    private MailPreference()
    {
    }

    public MailPreference(Guid personId, string kind, MailMode mode, DateTime updatedAt)
    {
        PersonId = personId;
        Kind = kind;
        Mode = mode;
        UpdatedAt = updatedAt;
    }

    public Guid PersonId { get; private set; }

    /// <summary>A notification kind (e.g. <c>problem.urged</c>) or <see cref="AnyKind"/>.</summary>
    public string Kind { get; private set; } = "";

    public MailMode Mode { get; private set; }

    public DateTime UpdatedAt { get; private set; }

    public void Change(MailMode mode, DateTime at)
    {
        if (Mode != mode)
        {
            Mode = mode;
            UpdatedAt = at;
        }
    }

    /// <summary>The mode for <paramref name="kind"/> among one person's preferences: the kind's own, else the person's default, else immediate.</summary>
    public static MailMode ModeFor(IEnumerable<MailPreference> preferences, string kind)
    {
        MailMode? fallback = null;
        foreach (var preference in preferences)
        {
            if (preference.Kind == kind)
            {
                return preference.Mode;
            }

            if (preference.Kind == AnyKind)
            {
                fallback = preference.Mode;
            }
        }

        return fallback ?? MailMode.Immediate;
    }
}
