namespace Corridor.Teams.Teams.Members;

/// <summary>
/// A person on a team for a period [JoinedOn, LeftOn). Minimal personal data: a name, the organ, the role,
/// party membership and, only if given, a phone number. No national ID number is ever stored.
/// </summary>
public sealed class TeamMember
{
    private TeamMember()
    {
    }

    public TeamMember(string personName, string organId, MemberRole role, bool partyMember, string? phone, DateOnly joinedOn, DateTime recordedAt)
    {
        PersonName = personName;
        OrganId = organId;
        Role = role;
        PartyMember = partyMember;
        Phone = phone;
        JoinedOn = joinedOn;
        JoinRecordedAt = recordedAt;
    }

    public Guid Id { get; private set; } = Guid.NewGuid();

    public string PersonName { get; private set; } = "";

    public string OrganId { get; private set; } = "";

    public MemberRole Role { get; private set; }

    public bool PartyMember { get; private set; }

    public string? Phone { get; private set; }

    public DateOnly JoinedOn { get; private set; }

    /// <summary>The first day the person is no longer on the team; null while still on it.</summary>
    public DateOnly? LeftOn { get; private set; }

    public string? LeaveReason { get; private set; }

    /// <summary>When the joining was recorded: statistics for a day count only what was recorded by its end.</summary>
    public DateTime JoinRecordedAt { get; private set; }

    public DateTime? LeaveRecordedAt { get; private set; }

    public bool IsOnTeam(DateOnly day) => JoinedOn <= day && (LeftOn is null || day < LeftOn);

    /// <summary>Whether [JoinedOn, LeftOn) meets [from, to) (to null: open-ended).</summary>
    public bool Overlaps(DateOnly from, DateOnly? to) =>
        (LeftOn is null || from < LeftOn) && (to is null || JoinedOn < to);

    public bool IsSamePerson(string personName, string organId) =>
        string.Equals(PersonName, personName, StringComparison.Ordinal) && string.Equals(OrganId, organId, StringComparison.Ordinal);

    internal void Leave(DateOnly leftOn, string? reason, DateTime recordedAt)
    {
        LeftOn = leftOn;
        LeaveReason = reason;
        LeaveRecordedAt = recordedAt;
    }
}
