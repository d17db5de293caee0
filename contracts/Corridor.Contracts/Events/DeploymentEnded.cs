namespace Corridor.Contracts.Events;

/// <summary>A team's deployment to a joint project ended (by its owner, or because the project completed or was cancelled).</summary>
public sealed record DeploymentEnded(
    Guid TeamId,
    Guid DeploymentId,
    Guid ProjectId,
    DateOnly EndedOn,
    string Reason,
    long AggregateVersion,
    DateTime OccurredAt) : IIntegrationEvent
{
    public Guid AggregateId => TeamId;
}
