namespace Corridor.Contracts.Events;

/// <summary>A region's conference membership ended on <paramref name="LeftOn"/> (the last day it was a member).</summary>
public sealed record RegionLeft(
    Guid MembershipId,
    string RegionCode,
    DateOnly LeftOn,
    long AggregateVersion,
    DateTime OccurredAt) : IIntegrationEvent
{
    public Guid AggregateId => MembershipId;
}
