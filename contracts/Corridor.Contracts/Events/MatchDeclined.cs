namespace Corridor.Contracts.Events;

/// <summary>One side declined a proposed match; it will not become a commitment.</summary>
public sealed record MatchDeclined(
    Guid MatchId,
    Guid ProblemId,
    Guid ResourceId,
    string RaisingOrganId,
    string OfferingOrganId,
    string DeclinedByOrganId,
    string Reason,
    long AggregateVersion,
    DateTime OccurredAt) : IIntegrationEvent
{
    public Guid AggregateId => MatchId;
}
