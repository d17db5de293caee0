namespace Corridor.Teams.Teams;

/// <summary>
/// One line of a team's audit trail: who did what, when, from which status to which, effective on which
/// day, and why. Lines of the status changes (register, activate, stand-down) are also the status history
/// that statistics for past dates are computed from.
/// </summary>
public sealed class TeamChange
{
    public const string Register = "register";
    public const string Activate = "activate";
    public const string StandDown = "stand-down";
    public const string Edit = "edit";

    private TeamChange()
    {
    }

    public TeamChange(string action, TeamStatus? from, TeamStatus to, DateOnly? effectiveOn, string by, string byOrganId, string byRegionCode, DateTime at, string? note)
    {
        Action = action;
        From = from;
        To = to;
        EffectiveOn = effectiveOn;
        By = by;
        ByOrganId = byOrganId;
        ByRegionCode = byRegionCode;
        At = at;
        Note = note;
    }

    public static IReadOnlyList<string> StatusActions { get; } = [Register, Activate, StandDown];

    public long Id { get; private set; }

    /// <summary>register, activate, stand-down, edit, member-join, member-leave, deploy, end-deployment, outcome, credit.</summary>
    public string Action { get; private set; } = "";

    public TeamStatus? From { get; private set; }

    public TeamStatus To { get; private set; }

    public DateOnly? EffectiveOn { get; private set; }

    public string By { get; private set; } = "";

    public string ByOrganId { get; private set; } = "";

    public string ByRegionCode { get; private set; } = "";

    public DateTime At { get; private set; }

    public string? Note { get; private set; }
}
