namespace Corridor.Contracts.Events;

/// <summary>Every party signed amendment <see cref="AmendmentNumber"/>; its parties, term and plan are now in force.</summary>
public sealed record AgreementAmended(
    Guid AgreementId,
    int AmendmentNumber,
    IReadOnlyList<string> PartyOrganIds,
    DateOnly TermStart,
    DateOnly? TermEnd,
    bool PartiesChanged,
    bool TermChanged,
    bool PlanChanged,
    long AggregateVersion,
    DateTime OccurredAt) : IIntegrationEvent
{
    public Guid AggregateId => AgreementId;
}
