namespace Corridor.Contracts.Events;

/// <summary>A GB/T 2260 region became a member of the conference on <paramref name="JoinedOn"/>.</summary>
public sealed record RegionJoined(
    Guid MembershipId,
    string RegionCode,
    string RegionName,
    string? ParentCode,
    DateOnly JoinedOn,
    string? Role,
    long AggregateVersion,
    DateTime OccurredAt) : IIntegrationEvent
{
    public Guid AggregateId => MembershipId;
}
