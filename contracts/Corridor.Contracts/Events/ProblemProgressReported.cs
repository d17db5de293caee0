namespace Corridor.Contracts.Events;

/// <summary>The responsible organ started work on a problem or reported progress on it.</summary>
public sealed record ProblemProgressReported(
    Guid ProblemId,
    string RaisedByRegionCode,
    string HandlingRegionCode,
    string ReportedByOrganId,
    string Status,
    string? SupportNeeded,
    long AggregateVersion,
    DateTime OccurredAt) : IIntegrationEvent
{
    public Guid AggregateId => ProblemId;
}
