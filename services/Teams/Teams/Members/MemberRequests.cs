namespace Corridor.Teams.Teams.Members;

/// <summary>No field for a national ID number exists, on purpose: the roster keeps the minimum.</summary>
public sealed record AddMemberRequest(string? PersonName, string? OrganId, string? Role, bool? PartyMember, string? Phone, DateOnly? JoinedOn);

public sealed record MemberLeavesRequest(DateOnly? LeftOn, string? Reason);
