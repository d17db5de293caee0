namespace Corridor.Teams.Projects;

/// <summary>Teams' own read model of the joint projects Lists has approved, fed by ProjectApproved.</summary>
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
    }

    public Guid ProjectId { get; private set; }

    public string Title { get; private set; } = "";

    public string LeadRegionCode { get; private set; } = "";

    public int Revision { get; private set; }

    /// <summary>The project's version in Lists when this was last applied; older facts are ignored.</summary>
    public long SourceVersion { get; private set; }

    public DateTime ApprovedAt { get; private set; }

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
    }
}
