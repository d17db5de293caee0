namespace Corridor.Contracts.Events;

/// <summary>
/// One required party approved one named revision. OnBehalf: the secretariat recorded it for an absent
/// coordinator, who did not approve in person.
/// </summary>
public sealed record ProjectApprovalRecorded(
    Guid ProjectId,
    string LeadRegionCode,
    int Revision,
    string Party,
    bool OnBehalf,
    string ApprovedBy,
    string ApproverOrganId,
    IReadOnlyList<string> PendingParties,
    long AggregateVersion,
    DateTime OccurredAt) : IIntegrationEvent
{
    public Guid AggregateId => ProjectId;
}
