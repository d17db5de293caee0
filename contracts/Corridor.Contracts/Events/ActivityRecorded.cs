namespace Corridor.Contracts.Events;

/// <summary>A party recorded an activity carried out under an agreement in one cooperation area.</summary>
public sealed record ActivityRecorded(
    Guid ActivityId,
    Guid AgreementId,
    string Area,
    DateOnly Date,
    string HostOrganId,
    IReadOnlyList<string> ParticipatingOrganIds,
    int ParticipantCount,
    long AggregateVersion,
    DateTime OccurredAt) : IIntegrationEvent
{
    public Guid AggregateId => ActivityId;
}
