namespace Corridor.Contracts.Events;

/// <summary>An organ was registered in the directory.</summary>
public sealed record OrganRegistered(Guid OrganKey, OrganSnapshot Organ, long AggregateVersion, DateTime OccurredAt) : IOrganEvent
{
    public Guid AggregateId => OrganKey;
}
