namespace Corridor.Contracts.Events;

/// <summary>A commitment took the resource: it is no longer offered to other problems.</summary>
public sealed record ResourceReserved(
    Guid ResourceId,
    Guid CommitmentId,
    long AggregateVersion,
    DateTime OccurredAt) : IIntegrationEvent
{
    public Guid AggregateId => ResourceId;
}
