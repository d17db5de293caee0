namespace Corridor.Contracts.Events;

/// <summary>A commando team was deployed to an approved joint project.</summary>
public sealed record TeamDeployed(
    Guid TeamId,
    Guid DeploymentId,
    Guid ProjectId,
    DateOnly From,
    DateOnly? To,
    long AggregateVersion,
    DateTime OccurredAt) : IIntegrationEvent
{
    public Guid AggregateId => TeamId;
}
