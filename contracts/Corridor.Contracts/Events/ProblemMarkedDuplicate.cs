namespace Corridor.Contracts.Events;

/// <summary>A problem became a tombstone pointing at the problem that survives.</summary>
public sealed record ProblemMarkedDuplicate(
    Guid ProblemId,
    string RaisedByRegionCode,
    string HandlingRegionCode,
    Guid DuplicateOfProblemId,
    long AggregateVersion,
    DateTime OccurredAt) : IIntegrationEvent
{
    public Guid AggregateId => ProblemId;
}
