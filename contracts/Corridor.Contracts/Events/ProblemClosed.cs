namespace Corridor.Contracts.Events;

/// <summary>The raiser confirmed the resolution of a problem and rated it (1–5).</summary>
public sealed record ProblemClosed(
    Guid ProblemId,
    string RaisedByRegionCode,
    string HandlingRegionCode,
    int Satisfaction,
    long AggregateVersion,
    DateTime OccurredAt) : IIntegrationEvent
{
    public Guid AggregateId => ProblemId;
}
