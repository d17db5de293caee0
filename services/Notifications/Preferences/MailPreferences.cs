using Corridor.Notifications.Mail;

namespace Corridor.Notifications.Preferences;

/// <summary>
/// A person's mail preferences: the mode for every kind not named (<see cref="Default"/>) and the kinds with a mode
/// of their own. Modes are <c>immediate</c>, <c>dailyDigest</c> and <c>off</c>.
/// </summary>
public sealed record MailPreferences(string Default, IReadOnlyList<KindMailPreference> Kinds)
{
    public static MailPreferences Of(IReadOnlyCollection<MailPreference> stored) => new(
        ModeName(stored.FirstOrDefault(p => p.Kind == MailPreference.AnyKind)?.Mode ?? MailMode.Immediate),
        [.. stored.Where(p => p.Kind != MailPreference.AnyKind).OrderBy(p => p.Kind, StringComparer.Ordinal)
            .Select(p => new KindMailPreference(p.Kind, ModeName(p.Mode)))]);

    public static string ModeName(MailMode mode) => mode switch
    {
        MailMode.Immediate => "immediate",
        MailMode.DailyDigest => "dailyDigest",
        MailMode.Off => "off",
        _ => throw new ArgumentOutOfRangeException(nameof(mode), mode, null),
    };

    public static MailMode? ParseMode(string? name) => name?.ToLowerInvariant() switch
    {
        "immediate" => MailMode.Immediate,
        "dailydigest" => MailMode.DailyDigest,
        "off" => MailMode.Off,
        _ => null,
    };
}

public sealed record KindMailPreference(string Kind, string Mode);
