using Corridor.BuildingBlocks.Directory;

namespace Corridor.Teams.Teams.Members;

/// <summary>
/// A member as a reader may see them: name and role for every reader of the roster; the phone number masked
/// (138****5678) and the other details left out unless the reader belongs to the owning region. <see cref="OrganName"/>
/// is the current name of <see cref="OrganId"/> in the directory, shown with it.
/// </summary>
public sealed record MemberResponse(
    Guid Id,
    string PersonName,
    string Role,
    string? Phone,
    bool DetailsVisible,
    string? OrganId,
    bool? PartyMember,
    DateOnly? JoinedOn,
    DateOnly? LeftOn,
    string? LeaveReason,
    string? OrganName = null)
{
    public static MemberResponse Of(TeamMember m, bool owner) => owner
        ? new(m.Id, m.PersonName, m.Role.ToString(), m.Phone, true, m.OrganId, m.PartyMember, m.JoinedOn, m.LeftOn, m.LeaveReason)
        : new(m.Id, m.PersonName, m.Role.ToString(), m.Phone is null ? null : PhoneNumbers.Mask(m.Phone), false, null, null, null, null, null);

    /// <summary>The view with the current name of its organ, when the reader sees it.</summary>
    public MemberResponse Named(OrganNames names) => this with { OrganName = names.Of(OrganId) };
}
