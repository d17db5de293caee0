namespace Corridor.Contracts.Events;

/// <summary>A problem was transferred (移交) to an organ of another region, which is to accept it.</summary>
public sealed record ProblemTransferred(
    Guid ProblemId,
    string RaisedByRegionCode,
    string HandlingRegionCode,
    string FromRegionCode,
    string ToOrganId,
    long AggregateVersion,
    DateTime OccurredAt) : IIntegrationEvent
{
    public Guid AggregateId => ProblemId;
}
