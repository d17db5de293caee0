namespace Corridor.Notifications.Records;

/// <summary>
/// A joint project's title, lead and pen-holding region, and its review round while one runs (due time and the
/// parties whose approval it still awaits), from the Lists service's project events.
/// </summary>
public sealed class TrackedProject
{
    private TrackedProject()
    {
    }

    public TrackedProject(Guid projectId, string leadRegionCode)
    {
        ProjectId = projectId;
        LeadRegionCode = leadRegionCode;
        PenRegionCode = leadRegionCode;
    }

    public Guid ProjectId { get; private set; }

    public string Title { get; private set; } = "";

    public string LeadRegionCode { get; private set; } = "";

    /// <summary>The region that may edit the draft; the lead until the pen is handed on.</summary>
    public string PenRegionCode { get; private set; } = "";

    public long Version { get; private set; }

    /// <summary>The review round running, or the last one.</summary>
    public int ReviewRound { get; private set; }

    /// <summary>When the running round is due; null when no round runs.</summary>
    public DateTime? ReviewDueAt { get; private set; }

    /// <summary>Space-separated review party keys (<c>coordinator:{region}</c>, <c>secretariat</c>) yet to approve.</summary>
    public string PendingParties { get; private set; } = "";

    public IReadOnlyList<string> Pending => PendingParties.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    public bool IsUnderReview => ReviewDueAt is not null && PendingParties.Length > 0;

    public void Named(string title)
    {
        if (title.Length > 0)
        {
            Title = title;
        }
    }

    public void PenHanded(string toRegionCode, long version)
    {
        if (version > Version)
        {
            PenRegionCode = toRegionCode;
            Version = version;
        }
    }

    public void Saw(long version) => Version = Math.Max(Version, version);

    /// <summary>A round submitted: due at <paramref name="dueAt"/>, awaiting <paramref name="parties"/>.</summary>
    public void ReviewStarted(int round, DateTime dueAt, IEnumerable<string> parties, long version)
    {
        // Rounds only grow; a later event about this round (an approval, the end) may have overtaken the submission.
        if (round > ReviewRound)
        {
            ReviewRound = round;
            ReviewDueAt = dueAt;
        }

        if (version > Version)
        {
            PendingParties = string.Join(' ', parties);
            Version = version;
        }
    }

    public void ApprovalRecorded(IEnumerable<string> pendingParties, long version)
    {
        if (version > Version)
        {
            PendingParties = string.Join(' ', pendingParties);
            Version = version;
        }
    }

    /// <summary>The round decided (approved, sent back or rejected): nothing is pending any more.</summary>
    public void ReviewEnded(long version)
    {
        if (version > Version)
        {
            ReviewDueAt = null;
            PendingParties = "";
            Version = version;
        }
    }
}
