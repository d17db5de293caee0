namespace Corridor.Contracts.Events;

/// <summary>One side released a commitment; the resource it reserved is available again (unless it was withdrawn meanwhile).</summary>
public sealed record CommitmentReleased(
    Guid MatchId,
    Guid ProblemId,
    Guid ResourceId,
    string ReleasedByOrganId,
    string Reason,
    long AggregateVersion,
    DateTime OccurredAt) : IIntegrationEvent
{
    public Guid AggregateId => MatchId;
}
