namespace Corridor.Contracts.Events;

/// <summary>Both sides accepted a match: the resource is reserved for the problem.</summary>
public sealed record CommitmentMade(
    Guid MatchId,
    Guid ProblemId,
    Guid ResourceId,
    string RaisingOrganId,
    string OfferingOrganId,
    long AggregateVersion,
    DateTime OccurredAt) : IIntegrationEvent
{
    public Guid AggregateId => MatchId;
}
