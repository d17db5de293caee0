namespace Corridor.Contracts.Events;

/// <summary>An organ registered a commando team (突击队 / 临时党支部 / 先锋攻坚小组); it is Forming.</summary>
public sealed record TeamRegistered(
    Guid TeamId,
    string Kind,
    string Name,
    string OwnerOrganId,
    string RegionCode,
    DateOnly FormedOn,
    DateOnly? DissolveBy,
    long AggregateVersion,
    DateTime OccurredAt) : IIntegrationEvent
{
    public Guid AggregateId => TeamId;
}
