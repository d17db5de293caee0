namespace Corridor.Contracts.Events;

/// <summary>A saved change made a new numbered revision of a joint project's content.</summary>
public sealed record ProjectRevised(
    Guid ProjectId,
    string LeadRegionCode,
    int Revision,
    string Status,
    IReadOnlyList<string> ChangedFields,
    string RevisedByOrganId,
    long AggregateVersion,
    DateTime OccurredAt) : IIntegrationEvent
{
    public Guid AggregateId => ProjectId;
}
