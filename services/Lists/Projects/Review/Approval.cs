namespace Corridor.Lists.Projects.Review;

/// <summary>
/// One party's approval of one named revision in one review round. <see cref="OnBehalf"/>: recorded by the
/// secretariat for an absent coordinator (the reason in <see cref="Note"/>). A voided approval stays in the
/// record but no longer counts: the revision it named was replaced, or the round ended.
/// </summary>
public sealed class Approval
{
    private Approval()
    {
    }

    public Approval(string party, int revision, int round, string approvedBy, string approverOrgan, DateTime approvedAt, bool onBehalf = false, string? note = null)
    {
        Party = party;
        Revision = revision;
        Round = round;
        ApprovedBy = approvedBy;
        ApproverOrgan = approverOrgan;
        ApprovedAt = approvedAt;
        OnBehalf = onBehalf;
        Note = note;
    }

    public long Id { get; private set; }

    public string Party { get; private set; } = "";

    public int Revision { get; private set; }

    public int Round { get; private set; }

    public string ApprovedBy { get; private set; } = "";

    public string ApproverOrgan { get; private set; } = "";

    public DateTime ApprovedAt { get; private set; }

    public bool OnBehalf { get; private set; }

    public string? Note { get; private set; }

    public DateTime? VoidedAt { get; private set; }

    public string? VoidReason { get; private set; }

    public bool Counts(int round) => Round == round && VoidedAt is null;

    internal void Void(string reason, DateTime now)
    {
        VoidedAt = now;
        VoidReason = reason;
    }
}
