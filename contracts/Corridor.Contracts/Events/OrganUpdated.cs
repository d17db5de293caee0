namespace Corridor.Contracts.Events;

/// <summary>An organ's level, kind or parent changed.</summary>
public sealed record OrganUpdated(Guid OrganKey, OrganSnapshot Organ, long AggregateVersion, DateTime OccurredAt) : IOrganEvent
{
    public Guid AggregateId => OrganKey;
}
