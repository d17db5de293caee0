namespace Corridor.Contracts.Events;

/// <summary>A joint project finished its execution; deployments to it end.</summary>
public sealed record ProjectCompleted(
    Guid ProjectId,
    string LeadRegionCode,
    Guid? AgreementId,
    DateOnly CompletedOn,
    long AggregateVersion,
    DateTime OccurredAt) : IIntegrationEvent
{
    public Guid AggregateId => ProjectId;
}
