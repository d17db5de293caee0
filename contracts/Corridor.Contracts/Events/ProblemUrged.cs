namespace Corridor.Contracts.Events;

/// <summary>Someone in the conference pressed (催办) for a problem still being handled.</summary>
public sealed record ProblemUrged(
    Guid ProblemId,
    string RaisedByRegionCode,
    string HandlingRegionCode,
    string UrgedByOrganId,
    string UrgedByRegionCode,
    long AggregateVersion,
    DateTime OccurredAt) : IIntegrationEvent
{
    public Guid AggregateId => ProblemId;
}
