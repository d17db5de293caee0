namespace Corridor.Contracts.Events;

/// <summary>A reviewer sent the submitted revision back to the lead with comments.</summary>
public sealed record ProjectChangesRequested(
    Guid ProjectId,
    string LeadRegionCode,
    int Revision,
    string Party,
    string Comments,
    long AggregateVersion,
    DateTime OccurredAt) : IIntegrationEvent
{
    public Guid AggregateId => ProjectId;
}
