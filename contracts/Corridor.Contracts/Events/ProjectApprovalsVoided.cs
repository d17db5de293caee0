namespace Corridor.Contracts.Events;

/// <summary>
/// The project under review was edited: revision <see cref="VoidedRevision"/> was replaced by
/// <see cref="NewRevision"/>, the approvals given to the old one no longer count, and every required
/// party (<see cref="NotifiedParties"/>) has to review the new revision.
/// </summary>
public sealed record ProjectApprovalsVoided(
    Guid ProjectId,
    string LeadRegionCode,
    int VoidedRevision,
    int NewRevision,
    IReadOnlyList<string> VoidedParties,
    IReadOnlyList<string> NotifiedParties,
    long AggregateVersion,
    DateTime OccurredAt) : IIntegrationEvent
{
    public Guid AggregateId => ProjectId;
}
