namespace Corridor.Contracts.Events;

/// <summary>A party proposed to meet a problem with a resource; the proposal counts as the proposer's acceptance.</summary>
public sealed record MatchProposed(
    Guid MatchId,
    Guid ProblemId,
    Guid ResourceId,
    string RaisingOrganId,
    string OfferingOrganId,
    string ProposedByOrganId,
    long AggregateVersion,
    DateTime OccurredAt) : IIntegrationEvent
{
    public Guid AggregateId => MatchId;
}
