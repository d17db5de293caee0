namespace Corridor.Contracts.Events;

/// <summary>Every required party approved the same revision of a joint project.</summary>
public sealed record ProjectApproved(
    Guid ProjectId,
    string Title,
    string LeadOrganId,
    string LeadRegionCode,
    IReadOnlyList<string> ParticipatingRegionCodes,
    Guid? AgreementId,
    int Revision,
    long AggregateVersion,
    DateTime OccurredAt) : IIntegrationEvent
{
    public Guid AggregateId => ProjectId;
}
