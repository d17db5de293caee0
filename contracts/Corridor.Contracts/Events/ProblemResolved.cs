namespace Corridor.Contracts.Events;

/// <summary>The responsible organ reported a problem resolved; the raiser is to confirm or reopen.</summary>
public sealed record ProblemResolved(
    Guid ProblemId,
    string RaisedByRegionCode,
    string HandlingRegionCode,
    string ResponsibleOrganId,
    string Resolution,
    long AggregateVersion,
    DateTime OccurredAt) : IIntegrationEvent
{
    public Guid AggregateId => ProblemId;
}
