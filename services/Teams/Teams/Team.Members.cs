using Corridor.BuildingBlocks.Domain;
using Corridor.BuildingBlocks.Security;
using Corridor.Contracts.Events;
using Corridor.Teams.Teams.Members;

namespace Corridor.Teams.Teams;

/// <summary>The roster: people join and leave the team.</summary>
public sealed partial class Team
{
    /// <summary>
    /// Adds a person to the team from <paramref name="joinedOn"/>. The same person (name and organ) is on a team
    /// once at a time, and a team has one leader at a time: a new leader joins on or after the day the previous one left.
    /// </summary>
    public TeamMember AddMember(
        CallerIdentity caller, string personName, string organId, MemberRole role, bool partyMember, string? phone, DateOnly joinedOn, DateTime now)
    {
        EnsureManager(caller);
        EnsureNotStoodDown("add members to");
        var name = Required(personName, "person-name").Trim();
        if (!UnifiedSocialCreditCode.IsValid(organId))
        {
            throw new DomainRuleException("member.organ-code", "A member's organ is identified by a valid unified social credit code (GB 32100).");
        }

        var storedPhone = phone is null ? null : PhoneNumbers.Normalize(phone)
            ?? throw new DomainRuleException("member.phone", $"A phone number has {PhoneNumbers.MinDigits} to {PhoneNumbers.MaxDigits} digits (spaces, dashes and a leading + allowed).");

        if (joinedOn < FormedOn)
        {
            throw new DomainRuleException("member.before-formed", $"The team was formed on {FormedOn:yyyy-MM-dd}; nobody joins it before that.");
        }

        if (joinedOn > Today(now))
        {
            throw new DomainRuleException("member.join-in-future", "A member is added on or after the day they join, not before.");
        }

        if (_members.Any(m => m.IsSamePerson(name, organId) && m.Overlaps(joinedOn, null)))
        {
            throw new DomainRuleException("member.already-member", $"{name} of organ {organId} is already on the team in that period.");
        }

        if (role == MemberRole.Leader && _members.FirstOrDefault(m => m.Role == MemberRole.Leader && m.Overlaps(joinedOn, null)) is { } leader)
        {
            throw new DomainRuleException(
                "member.leader-overlap",
                $"The team has one leader at a time: {leader.PersonName} leads it from {leader.JoinedOn:yyyy-MM-dd}{(leader.LeftOn is { } left ? $" until {left:yyyy-MM-dd}" : "")}; the new leader joins once the current one has left.");
        }

        var member = new TeamMember(name, organId, role, partyMember, storedPhone, joinedOn, now);
        _members.Add(member);
        var version = Record("member-join", Status, joinedOn, caller, now, $"{name} joined as {role}");
        Raise(new MemberJoined(Id, member.Id, role.ToString(), partyMember, joinedOn, version, now));
        return member;
    }

    /// <summary>The member leaves; <paramref name="leftOn"/> is the first day no longer on the team.</summary>
    public TeamMember RemoveMember(CallerIdentity caller, Guid memberId, DateOnly leftOn, string? reason, DateTime now)
    {
        EnsureManager(caller);
        var member = _members.FirstOrDefault(m => m.Id == memberId)
            ?? throw new NotFoundException("Member", memberId.ToString());
        if (member.LeftOn is not null)
        {
            throw new DomainRuleException("member.already-left", $"{member.PersonName} left the team on {member.LeftOn:yyyy-MM-dd}.");
        }

        if (leftOn <= member.JoinedOn)
        {
            throw new DomainRuleException("member.leave-before-join", $"{member.PersonName} joined on {member.JoinedOn:yyyy-MM-dd}; the leaving day comes after it.");
        }

        if (leftOn > Today(now).AddDays(1))
        {
            throw new DomainRuleException("member.leave-in-future", "A departure is recorded when it happens: the leaving day is at most tomorrow (the first day off the team).");
        }

        member.Leave(leftOn, reason, now);
        var version = Record("member-leave", Status, leftOn, caller, now, $"{member.PersonName} ({member.Role}) left{(reason is null ? "" : ": " + reason)}");
        Raise(new MemberLeft(Id, member.Id, member.Role.ToString(), leftOn, version, now));
        return member;
    }
}
