using Corridor.BuildingBlocks.Domain;
using Corridor.Contracts.Events;

namespace Corridor.DirectoryService.Regions;

/// <summary>
/// One period of a GB/T 2260 division's membership of the conference: a member from <see cref="JoinedOn"/> to
/// <see cref="LeftOn"/> (the last day, inclusive; null while it lasts). A region that left may join again: a new
/// period. At most one period of a region is open (a unique index), so two joins at once cannot both succeed.
/// </summary>
public sealed class RegionMembership : AggregateRoot
{
    public const int MaxRole = 50;

    private RegionMembership()
    {
    }

    public string RegionCode { get; private set; } = "";

    public DateOnly JoinedOn { get; private set; }

    public DateOnly? LeftOn { get; private set; }

    /// <summary>The region's role in the conference (成员单位, 轮值主席 …), free text; null when none was given.</summary>
    public string? Role { get; private set; }

    public DateTime RecordedAt { get; private set; }

    public DateTime UpdatedAt { get; private set; }

    public bool IsMemberOn(DateOnly day) => JoinedOn <= day && (LeftOn is null || LeftOn >= day);

    /// <param name="previous">The region's latest earlier period, if any: a new one starts after it ended.</param>
    public static RegionMembership Join(Division region, DateOnly joinedOn, string? role, RegionMembership? previous, DateTime now)
    {
        if (previous is { LeftOn: null })
        {
            throw new DomainRuleException("region.already-member", $"{region.Name} ({region.Code}) has been a member since {previous.JoinedOn:yyyy-MM-dd}.");
        }

        if (previous is { LeftOn: { } left } && joinedOn <= left)
        {
            throw new DomainRuleException("region.joined-before-left", $"{region.Name} ({region.Code}) was a member until {left:yyyy-MM-dd}; it can join again from the day after.");
        }

        var membership = new RegionMembership
        {
            RegionCode = region.Code,
            JoinedOn = joinedOn,
            Role = string.IsNullOrWhiteSpace(role) ? null : role.Trim(),
            RecordedAt = now,
            UpdatedAt = now,
        };
        var version = membership.NextVersion();
        membership.Raise(new RegionJoined(membership.Id, region.Code, region.Name, region.ParentCode, joinedOn, membership.Role, version, now));
        return membership;
    }

    /// <summary>The membership ends with <paramref name="leftOn"/>, the last day the region is a member.</summary>
    public void Leave(DateOnly leftOn, DateTime now)
    {
        if (LeftOn is { } left)
        {
            throw new DomainRuleException("region.not-a-member", $"The region {RegionCode} left on {left:yyyy-MM-dd}.");
        }

        if (leftOn < JoinedOn)
        {
            throw new DomainRuleException("region.left-before-joined", $"The region {RegionCode} joined on {JoinedOn:yyyy-MM-dd}; it cannot leave before that day.");
        }

        LeftOn = leftOn;
        UpdatedAt = now;
        var version = NextVersion();
        Raise(new RegionLeft(Id, RegionCode, leftOn, version, now));
    }
}
