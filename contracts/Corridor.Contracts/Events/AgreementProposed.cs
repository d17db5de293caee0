namespace Corridor.Contracts.Events;

/// <summary>A party sent a draft agreement out for the parties' signatures.</summary>
public sealed record AgreementProposed(
    Guid AgreementId,
    string Kind,
    string Title,
    IReadOnlyList<string> PartyOrganIds,
    DateOnly TermStart,
    DateOnly? TermEnd,
    string ProposedByOrganId,
    long AggregateVersion,
    DateTime OccurredAt) : IIntegrationEvent
{
    public Guid AggregateId => AgreementId;
}
