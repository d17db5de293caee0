namespace Corridor.Contracts.Events;

/// <summary>A review round passed its deadline with parties still to approve: a reminder to them (once per round).</summary>
public sealed record ProjectReviewOverdue(
    Guid ProjectId,
    string LeadRegionCode,
    int Revision,
    int Round,
    DateTime ReviewDueAt,
    IReadOnlyList<string> PendingParties,
    long AggregateVersion,
    DateTime OccurredAt) : IIntegrationEvent
{
    public Guid AggregateId => ProjectId;
}
