namespace Corridor.Contracts.Events;

/// <summary>The handling region (or the secretariat) rejected a problem with a reason.</summary>
public sealed record ProblemRejected(
    Guid ProblemId,
    string RaisedByRegionCode,
    string HandlingRegionCode,
    string Reason,
    long AggregateVersion,
    DateTime OccurredAt) : IIntegrationEvent
{
    public Guid AggregateId => ProblemId;
}
