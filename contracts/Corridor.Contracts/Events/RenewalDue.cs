namespace Corridor.Contracts.Events;

/// <summary>An agreement in force ends within the renewal warning window; sent once per agreement and term end.</summary>
public sealed record RenewalDue(
    Guid AgreementId,
    string Kind,
    string Title,
    IReadOnlyList<string> PartyOrganIds,
    DateOnly TermEnd,
    int DaysLeft,
    long AggregateVersion,
    DateTime OccurredAt) : IIntegrationEvent
{
    public Guid AggregateId => AgreementId;
}
