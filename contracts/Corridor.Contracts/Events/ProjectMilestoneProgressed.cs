namespace Corridor.Contracts.Events;

/// <summary>Progress was reported on a milestone of a project in execution (100 means reached).</summary>
public sealed record ProjectMilestoneProgressed(
    Guid ProjectId,
    string LeadRegionCode,
    int MilestoneNumber,
    int Percent,
    bool Reached,
    string ReportedByOrganId,
    long AggregateVersion,
    DateTime OccurredAt) : IIntegrationEvent
{
    public Guid AggregateId => ProjectId;
}
