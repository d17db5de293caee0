namespace Corridor.Contracts.Events;

/// <summary>The recording region corrected an activity it had recorded under an agreement; the fields are as they now stand.</summary>
public sealed record ActivityRevised(
    Guid ActivityId,
    Guid AgreementId,
    string Area,
    DateOnly Date,
    string HostOrganId,
    IReadOnlyList<string> ParticipatingOrganIds,
    int ParticipantCount,
    string RevisedByOrganId,
    long AggregateVersion,
    DateTime OccurredAt) : IIntegrationEvent
{
    public Guid AggregateId => ActivityId;
}
