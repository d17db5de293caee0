namespace Corridor.Contracts.Events;

/// <summary>A joint project was cancelled, with the reason; deployments to it end.</summary>
public sealed record ProjectCancelled(
    Guid ProjectId,
    string LeadRegionCode,
    Guid? AgreementId,
    string Reason,
    long AggregateVersion,
    DateTime OccurredAt) : IIntegrationEvent
{
    public Guid AggregateId => ProjectId;
}
