namespace Corridor.Contracts.Events;

/// <summary>A problem stayed overdue for the configured number of days and was escalated to the coordinators.</summary>
public sealed record ProblemEscalated(
    Guid ProblemId,
    string RaisedByRegionCode,
    string HandlingRegionCode,
    string? ResponsibleOrganId,
    DateOnly DueDate,
    int DaysOverdue,
    long AggregateVersion,
    DateTime OccurredAt) : IIntegrationEvent
{
    public Guid AggregateId => ProblemId;
}
