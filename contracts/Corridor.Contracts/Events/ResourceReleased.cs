namespace Corridor.Contracts.Events;

/// <summary>The commitment that held the resource let it go: it is available again.</summary>
public sealed record ResourceReleased(
    Guid ResourceId,
    Guid CommitmentId,
    long AggregateVersion,
    DateTime OccurredAt) : IIntegrationEvent
{
    public Guid AggregateId => ResourceId;
}
