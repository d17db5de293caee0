namespace Corridor.Contracts.Events;

/// <summary>A team became Active from the given date (explicitly, or by its first deployment).</summary>
public sealed record TeamActivated(
    Guid TeamId,
    string RegionCode,
    DateOnly EffectiveOn,
    long AggregateVersion,
    DateTime OccurredAt) : IIntegrationEvent
{
    public Guid AggregateId => TeamId;
}
