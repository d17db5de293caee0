namespace Corridor.Contracts.Events;

/// <summary>The owning region edited a team's name, mission or (for a temporary party branch) its parent organisation or dissolution day.</summary>
public sealed record TeamRevised(
    Guid TeamId,
    string RegionCode,
    string Name,
    DateOnly? DissolveBy,
    IReadOnlyList<string> ChangedFields,
    long AggregateVersion,
    DateTime OccurredAt) : IIntegrationEvent
{
    public Guid AggregateId => TeamId;
}
