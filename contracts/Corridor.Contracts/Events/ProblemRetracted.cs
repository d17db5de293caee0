namespace Corridor.Contracts.Events;

/// <summary>The raising region withdrew a problem nobody had acted on yet; the problem no longer exists.</summary>
public sealed record ProblemRetracted(
    Guid ProblemId,
    string RaisedByRegionCode,
    string HandlingRegionCode,
    string? ExternalReference,
    string RetractedByOrganId,
    long AggregateVersion,
    DateTime OccurredAt) : IIntegrationEvent
{
    public Guid AggregateId => ProblemId;
}
