namespace Corridor.Contracts.Events;

/// <summary>An organ was retired: it may no longer act or be named on new records.</summary>
public sealed record OrganRetired(Guid OrganKey, OrganSnapshot Organ, long AggregateVersion, DateTime OccurredAt) : IOrganEvent
{
    public Guid AggregateId => OrganKey;
}
