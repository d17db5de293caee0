namespace Corridor.Contracts.Events;

/// <summary>An agreement was terminated before its term ended, with the reason and the terminating document.</summary>
public sealed record AgreementTerminated(
    Guid AgreementId,
    string Reason,
    string DocumentReference,
    long AggregateVersion,
    DateTime OccurredAt) : IIntegrationEvent
{
    public Guid AggregateId => AgreementId;
}
