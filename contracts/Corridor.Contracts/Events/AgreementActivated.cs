namespace Corridor.Contracts.Events;

/// <summary>Every party has signed; the agreement is in force.</summary>
public sealed record AgreementActivated(
    Guid AgreementId,
    string Kind,
    string Title,
    IReadOnlyList<string> PartyOrganIds,
    long AggregateVersion,
    DateTime OccurredAt) : IIntegrationEvent
{
    public Guid AggregateId => AgreementId;
}
