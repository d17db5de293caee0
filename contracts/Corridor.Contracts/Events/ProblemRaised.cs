namespace Corridor.Contracts.Events;

/// <summary>An organ raised a problem (问题清单) for its region, possibly on behalf of an enterprise.</summary>
public sealed record ProblemRaised(
    Guid ProblemId,
    string RaisedByRegionCode,
    string HandlingRegionCode,
    string RaisedByOrganId,
    string Title,
    string Category,
    string Severity,
    string? EnterpriseCreditCode,
    long AggregateVersion,
    DateTime OccurredAt) : IIntegrationEvent
{
    public Guid AggregateId => ProblemId;
}
