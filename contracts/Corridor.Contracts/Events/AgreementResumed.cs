namespace Corridor.Contracts.Events;

/// <summary>A suspended agreement is Active again.</summary>
public sealed record AgreementResumed(
    Guid AgreementId,
    long AggregateVersion,
    DateTime OccurredAt) : IIntegrationEvent
{
    public Guid AggregateId => AgreementId;
}
