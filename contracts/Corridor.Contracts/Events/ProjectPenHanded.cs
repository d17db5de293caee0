namespace Corridor.Contracts.Events;

/// <summary>The pen (who may edit the draft) passed from one participating region to another.</summary>
public sealed record ProjectPenHanded(
    Guid ProjectId,
    string LeadRegionCode,
    string FromRegionCode,
    string ToRegionCode,
    long AggregateVersion,
    DateTime OccurredAt) : IIntegrationEvent
{
    public Guid AggregateId => ProjectId;
}
