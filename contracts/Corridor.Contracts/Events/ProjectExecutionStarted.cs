namespace Corridor.Contracts.Events;

/// <summary>An approved joint project started its execution.</summary>
public sealed record ProjectExecutionStarted(
    Guid ProjectId,
    string LeadRegionCode,
    Guid? AgreementId,
    DateOnly StartedOn,
    long AggregateVersion,
    DateTime OccurredAt) : IIntegrationEvent
{
    public Guid AggregateId => ProjectId;
}
