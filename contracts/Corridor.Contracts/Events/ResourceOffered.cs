namespace Corridor.Contracts.Events;

/// <summary>A region's organ offered a resource (资源清单) to the corridor.</summary>
public sealed record ResourceOffered(
    Guid ResourceId,
    string Title,
    string Category,
    string OrganId,
    string RegionCode,
    decimal Capacity,
    string Unit,
    DateOnly ValidFrom,
    DateOnly ValidTo,
    string? ExternalReference,
    long AggregateVersion,
    DateTime OccurredAt) : IIntegrationEvent
{
    public Guid AggregateId => ResourceId;
}
