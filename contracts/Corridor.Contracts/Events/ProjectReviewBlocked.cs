namespace Corridor.Contracts.Events;

/// <summary>
/// A review round needs a party that can never approve (its region left the conference or has no
/// coordinator): reported to the secretariat, who can approve on that party's behalf, send back or reject.
/// </summary>
public sealed record ProjectReviewBlocked(
    Guid ProjectId,
    string LeadRegionCode,
    int Revision,
    int Round,
    IReadOnlyList<string> BlockedParties,
    string Reason,
    long AggregateVersion,
    DateTime OccurredAt) : IIntegrationEvent
{
    public Guid AggregateId => ProjectId;
}
