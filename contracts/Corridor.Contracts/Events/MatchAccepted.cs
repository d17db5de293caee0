namespace Corridor.Contracts.Events;

/// <summary>One side of a proposed match accepted it.</summary>
public sealed record MatchAccepted(
    Guid MatchId,
    Guid ProblemId,
    Guid ResourceId,
    string RaisingOrganId,
    string OfferingOrganId,
    string AcceptedByOrganId,
    long AggregateVersion,
    DateTime OccurredAt) : IIntegrationEvent
{
    public Guid AggregateId => MatchId;
}
