namespace Corridor.Contracts.Events;

/// <summary>A team stood down from the given date, with the reason; its open deployments ended with it.</summary>
public sealed record TeamStoodDown(
    Guid TeamId,
    string RegionCode,
    DateOnly EffectiveOn,
    string Reason,
    long AggregateVersion,
    DateTime OccurredAt) : IIntegrationEvent
{
    public Guid AggregateId => TeamId;
}
