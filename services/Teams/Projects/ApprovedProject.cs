namespace Corridor.Teams.Projects;

/// <summary>
/// Teams' own read model of the joint projects Lists has approved, fed by ProjectApproved and closed by
/// ProjectCompleted / ProjectCancelled. Each fact carries the project's version in Lists; an older or
/// repeated one changes nothing, whatever order they arrive in.
/// </summary>
public sealed class ApprovedProject
{
    private ApprovedProject()
    {
    }

    public ApprovedProject(Guid projectId, string title, string leadRegionCode, int revision, long sourceVersion, DateTime approvedAt)
    {
        ProjectId = projectId;
        Title = title;
        LeadRegionCode = leadRegionCode;
        Revision = revision;
        SourceVersion = sourceVersion;
        ApprovedAt = approvedAt;
        Status = ApprovedProjectStatus.Approved;
    }

    public Guid ProjectId { get; private set; }

    public string Title { get; private set; } = "";

    public string LeadRegionCode { get; private set; } = "";

    public int Revision { get; private set; }

    /// <summary>The project's version in Lists when this was last applied; older facts are ignored.</summary>
    public long SourceVersion { get; private set; }

    public DateTime ApprovedAt { get; private set; }

    public ApprovedProjectStatus Status { get; private set; }

    /// <summary>When the project completed or was cancelled.</summary>
    public DateTime? ClosedAt { get; private set; }

    public string? CloseReason { get; private set; }

    /// <summary>A project that ended before its approval reached Teams: known only by id and lead region until then.</summary>
    public static ApprovedProject Closed(Guid projectId, string leadRegionCode, ApprovedProjectStatus status, string? reason, long sourceVersion, DateTime closedAt) => new()
    {
        ProjectId = projectId,
        LeadRegionCode = leadRegionCode,
        SourceVersion = sourceVersion,
        Status = status,
        ClosedAt = closedAt,
        CloseReason = reason,
    };

    /// <summary>Applies a later fact about the same project; an older or repeated one changes nothing.</summary>
    public void Refresh(string title, int revision, long sourceVersion, DateTime approvedAt)
    {
        if (sourceVersion <= SourceVersion)
        {
            return;
        }

        Title = title;
        Revision = revision;
        SourceVersion = sourceVersion;
        ApprovedAt = approvedAt;
        Status = ApprovedProjectStatus.Approved;
    }

    /// <summary>The project completed or was cancelled (a later fact than any applied so far).</summary>
    public void Close(ApprovedProjectStatus status, string? reason, long sourceVersion, DateTime closedAt)
    {
        if (sourceVersion <= SourceVersion)
        {
            return;
        }

        SourceVersion = sourceVersion;
        Status = status;
        ClosedAt = closedAt;
        CloseReason = reason;
    }
}
