namespace Corridor.Lists.Projects;

/// <summary>One line of a project's audit trail: who did what to which revision, when, from which status to which, and why.</summary>
public sealed class ProjectTransition
{
    private ProjectTransition()
    {
    }

    public ProjectTransition(string action, ProjectStatus? from, ProjectStatus to, int revision, string by, string byOrganId, string byRegionCode, DateTime at, string? note)
    {
        Action = action;
        From = from;
        To = to;
        Revision = revision;
        By = by;
        ByOrganId = byOrganId;
        ByRegionCode = byRegionCode;
        At = at;
        Note = note;
    }

    public long Id { get; private set; }

    /// <summary>
    /// draft, edit, hand-pen, submit, approve, approve-on-behalf, request-changes, reject, remind, report-blocked,
    /// start-execution, milestone, complete, cancel.
    /// </summary>
    public string Action { get; private set; } = "";

    public ProjectStatus? From { get; private set; }

    public ProjectStatus To { get; private set; }

    public int Revision { get; private set; }

    public string By { get; private set; } = "";

    public string ByOrganId { get; private set; } = "";

    public string ByRegionCode { get; private set; } = "";

    public DateTime At { get; private set; }

    public string? Note { get; private set; }
}
