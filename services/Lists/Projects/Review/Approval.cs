namespace Corridor.Lists.Projects.Review;

/// <summary>One party's approval of one named revision.</summary>
public sealed class Approval
{
    private Approval()
    {
    }

    public Approval(string party, int revision, string approvedBy, string approverOrgan, DateTime approvedAt)
    {
        Party = party;
        Revision = revision;
        ApprovedBy = approvedBy;
        ApproverOrgan = approverOrgan;
        ApprovedAt = approvedAt;
    }

    public long Id { get; private set; }

    public string Party { get; private set; } = "";

    public int Revision { get; private set; }

    public string ApprovedBy { get; private set; } = "";

    public string ApproverOrgan { get; private set; } = "";

    public DateTime ApprovedAt { get; private set; }
}
