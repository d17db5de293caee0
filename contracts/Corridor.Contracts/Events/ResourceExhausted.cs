namespace Corridor.Contracts.Events;

/// <summary>The offering region declared the resource used up; it cannot be offered again.</summary>
public sealed record ResourceExhausted(
    Guid ResourceId,
    string RegionCode,
    long AggregateVersion,
    DateTime OccurredAt) : IIntegrationEvent
{
    public Guid AggregateId => ResourceId;
}
