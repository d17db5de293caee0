namespace Corridor.Contracts.Events;

/// <summary>The offering region withdrew the resource, with its reason; it cannot be offered again.</summary>
public sealed record ResourceWithdrawn(
    Guid ResourceId,
    string RegionCode,
    string Reason,
    long AggregateVersion,
    DateTime OccurredAt) : IIntegrationEvent
{
    public Guid AggregateId => ResourceId;
}
