namespace Corridor.Agreements.Scorecards;

/// <summary>
/// Agreements' read model of the joint projects Lists approved that name an agreement, fed by ProjectApproved:
/// the actual figure of joint project promotion (项目联推).
/// </summary>
public sealed class LinkedProject
{
    private LinkedProject()
    {
    }

    public LinkedProject(Guid projectId, Guid agreementId, string title, string leadOrganId, string leadRegionCode, int revision, long sourceVersion, DateTime approvedAt)
    {
        ProjectId = projectId;
        AgreementId = agreementId;
        Title = title;
        LeadOrganId = leadOrganId;
        LeadRegionCode = leadRegionCode;
        Revision = revision;
        SourceVersion = sourceVersion;
        ApprovedAt = approvedAt;
    }

    public Guid ProjectId { get; private set; }

    public Guid AgreementId { get; private set; }

    public string Title { get; private set; } = "";

    public string LeadOrganId { get; private set; } = "";

    public string LeadRegionCode { get; private set; } = "";

    public int Revision { get; private set; }

    /// <summary>The project's version in Lists when this was last applied; older facts are ignored.</summary>
    public long SourceVersion { get; private set; }

    /// <summary>When the project was (last) approved: the year it counts for.</summary>
    public DateTime ApprovedAt { get; private set; }

    /// <summary>Applies a later approval of the same project (a new revision); an older or repeated one changes nothing.</summary>
    public void Refresh(Guid agreementId, string title, int revision, long sourceVersion, DateTime approvedAt)
    {
        if (sourceVersion <= SourceVersion)
        {
            return;
        }

        AgreementId = agreementId;
        Title = title;
        Revision = revision;
        SourceVersion = sourceVersion;
        ApprovedAt = approvedAt;
    }
}
