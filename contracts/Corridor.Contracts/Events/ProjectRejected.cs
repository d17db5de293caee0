namespace Corridor.Contracts.Events;

/// <summary>A reviewer rejected the submitted revision, with the reason; the project is closed.</summary>
public sealed record ProjectRejected(
    Guid ProjectId,
    string LeadRegionCode,
    int Revision,
    string Party,
    string Reason,
    long AggregateVersion,
    DateTime OccurredAt) : IIntegrationEvent
{
    public Guid AggregateId => ProjectId;
}
