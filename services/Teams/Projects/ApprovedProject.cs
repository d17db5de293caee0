using Corridor.BuildingBlocks.Domain;

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
        LeadRegionCode = leadRegionCode ?? LeadRegionCode;
        Revision = revision;
        SourceVersion = sourceVersion;
        ApprovedAt = approvedAt;
        Status = ApprovedProjectStatus.Approved;
        Version = 1;
    }

    public Guid ProjectId { get; private set; }

    public string Title { get; private set; } = "";

    public string LeadRegionCode { get; private set; } = "";

    public int Revision { get; private set; }

    /// <summary>The project's version in Lists when this was last applied; older facts are ignored.</summary>
    public long SourceVersion { get; private set; }

    public DateTime ApprovedAt { get; private set; }

    public ApprovedProjectStatus Status { get; private set; }

    /// <summary>
    /// Moves with every change to the row, a deployment admitted included: the token on which a deployment and the
    /// project's end meet, so that whichever of the two is saved second fails instead of missing the other.
    /// </summary>
    public long Version { get; private set; }

    public bool IsClosed => Status != ApprovedProjectStatus.Approved;

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
        Version = 1,
    };

    /// <summary>
    /// A project Lists has just answered is approved, whose ProjectApproved has not reached Teams yet: known from that
    /// answer (no lead region) until the event fills it in; any fact from Lists is newer than it.
    /// </summary>
    public static ApprovedProject Reported(Guid projectId, string title, int revision, DateTime at) => new()
    {
        ProjectId = projectId,
        Title = title,
        Revision = revision,
        ApprovedAt = at,
        Status = ApprovedProjectStatus.Approved,
        Version = 1,
    };

    /// <summary>Refuses a deployment to a project that has ended, as far as Teams has heard.</summary>
    public void EnsureOpen()
    {
        if (IsClosed)
        {
            throw new DomainRuleException(
                "deployment.project-closed", $"Project {ProjectId} is {Status} ({ClosedAt:yyyy-MM-dd}); teams are no longer deployed to it.");
        }
    }

    /// <summary>A deployment to the project is being saved: the row's version moves with it (see <see cref="Version"/>).</summary>
    public void AdmitDeployment()
    {
        EnsureOpen();
        Version++;
    }

    /// <summary>Applies a later fact about the same project; an older or repeated one changes nothing.</summary>
    /// <remarks>A row a deployment added from Lists' answer (<see cref="Reported"/>) learns its lead region here.</remarks>
    public void Refresh(string title, int revision, long sourceVersion, DateTime approvedAt, string? leadRegionCode = null)
    {
        if (sourceVersion <= SourceVersion)
        {
            return;
        }

        Version++;
        LeadRegionCode = leadRegionCode ?? LeadRegionCode;
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
        Version++;
        Status = status;
        ClosedAt = closedAt;
        CloseReason = reason;
    }
}
