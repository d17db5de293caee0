namespace Corridor.Lists.Problems;

/// <summary>One line of a problem's audit trail: who did what, when, from which status to which, and why.</summary>
public sealed class ProblemTransition
{
    private ProblemTransition()
    {
    }

    public ProblemTransition(string action, ProblemStatus? from, ProblemStatus to, string by, string byOrganId, string byRegionCode, DateTime at, string? note)
    {
        Action = action;
        From = from;
        To = to;
        By = by;
        ByOrganId = byOrganId;
        ByRegionCode = byRegionCode;
        At = at;
        Note = note;
    }

    public long Id { get; private set; }

    /// <summary>raise, accept, start, progress, resolve, confirm, reopen, reject, duplicate, transfer, urge, escalate.</summary>
    public string Action { get; private set; } = "";

    public ProblemStatus? From { get; private set; }

    public ProblemStatus To { get; private set; }

    public string By { get; private set; } = "";

    public string ByOrganId { get; private set; } = "";

    public string ByRegionCode { get; private set; } = "";

    public DateTime At { get; private set; }

    public string? Note { get; private set; }
}
