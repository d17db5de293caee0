namespace Corridor.Contracts.Events;

/// <summary>An organ took a new full and short name from <paramref name="EffectiveOn"/>; the old names stay in its history.</summary>
public sealed record OrganRenamed(
    Guid OrganKey,
    OrganSnapshot Organ,
    string PreviousFullName,
    string PreviousShortName,
    DateOnly EffectiveOn,
    long AggregateVersion,
    DateTime OccurredAt) : IOrganEvent
{
    public Guid AggregateId => OrganKey;
}
