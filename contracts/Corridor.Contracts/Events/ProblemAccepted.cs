namespace Corridor.Contracts.Events;

/// <summary>The handling region accepted a problem and named the responsible organ (责任单位) and the due date.</summary>
public sealed record ProblemAccepted(
    Guid ProblemId,
    string RaisedByRegionCode,
    string HandlingRegionCode,
    string ResponsibleOrganId,
    string ResponsibleRegionCode,
    IReadOnlyList<string> CoResponsibleOrganIds,
    DateOnly DueDate,
    long AggregateVersion,
    DateTime OccurredAt) : IIntegrationEvent
{
    public Guid AggregateId => ProblemId;
}
