namespace Corridor.Contracts.Events;

/// <summary>An agreement's term ended; it is no longer in force.</summary>
public sealed record AgreementExpired(
    Guid AgreementId,
    DateOnly TermEnded,
    long AggregateVersion,
    DateTime OccurredAt) : IIntegrationEvent
{
    public Guid AggregateId => AgreementId;
}
