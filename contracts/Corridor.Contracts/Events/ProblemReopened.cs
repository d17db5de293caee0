namespace Corridor.Contracts.Events;

/// <summary>The raiser did not accept the resolution; the problem is back with the responsible organ.</summary>
public sealed record ProblemReopened(
    Guid ProblemId,
    string RaisedByRegionCode,
    string HandlingRegionCode,
    string Reason,
    long AggregateVersion,
    DateTime OccurredAt) : IIntegrationEvent
{
    public Guid AggregateId => ProblemId;
}
