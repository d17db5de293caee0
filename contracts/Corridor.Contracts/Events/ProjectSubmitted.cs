namespace Corridor.Contracts.Events;

/// <summary>A revision of a joint project was submitted for review; the named parties must approve it by the deadline.</summary>
public sealed record ProjectSubmitted(
    Guid ProjectId,
    string Title,
    string LeadRegionCode,
    int Revision,
    int Round,
    IReadOnlyList<string> RequiredParties,
    DateTime ReviewDueAt,
    long AggregateVersion,
    DateTime OccurredAt) : IIntegrationEvent
{
    public Guid AggregateId => ProjectId;
}
