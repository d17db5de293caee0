namespace Corridor.Contracts.Events;

/// <summary>An Active agreement was suspended; projects linked to it are flagged.</summary>
public sealed record AgreementSuspended(
    Guid AgreementId,
    string Reason,
    long AggregateVersion,
    DateTime OccurredAt) : IIntegrationEvent
{
    public Guid AggregateId => AgreementId;
}
