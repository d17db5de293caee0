namespace Corridor.Contracts.Events;

/// <summary>The offering region changed a resource's content; the record carries the new content.</summary>
public sealed record ResourceUpdated(
    Guid ResourceId,
    string Title,
    string Category,
    decimal Capacity,
    string Unit,
    DateOnly ValidFrom,
    DateOnly ValidTo,
    long AggregateVersion,
    DateTime OccurredAt) : IIntegrationEvent
{
    public Guid AggregateId => ResourceId;
}
