namespace Corridor.Contracts.Events;

/// <summary>A joint project was drafted by its lead organ (revision 1).</summary>
public sealed record ProjectDrafted(
    Guid ProjectId,
    string Title,
    string LeadOrganId,
    string LeadRegionCode,
    IReadOnlyList<string> ParticipatingRegionCodes,
    Guid? AgreementId,
    long AggregateVersion,
    DateTime OccurredAt) : IIntegrationEvent
{
    public Guid AggregateId => ProjectId;
}
