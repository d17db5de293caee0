namespace Corridor.Contracts.Events;

/// <summary>A retired organ was made active again.</summary>
public sealed record OrganReinstated(Guid OrganKey, OrganSnapshot Organ, long AggregateVersion, DateTime OccurredAt) : IOrganEvent
{
    public Guid AggregateId => OrganKey;
}
