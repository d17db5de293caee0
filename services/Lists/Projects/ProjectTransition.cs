using Corridor.BuildingBlocks.Domain;

namespace Corridor.Lists.Projects;

/// <summary>
/// One line of a project's audit trail, naming the revision it concerns. Actions: draft, edit, hand-pen, submit,
/// approve, approve-on-behalf, request-changes, reject, remind, report-blocked, start-execution, milestone, complete, cancel.
/// </summary>
public sealed class ProjectTransition : StatusTransition<ProjectStatus>
{
    private ProjectTransition()
    {
    }

    public ProjectTransition(string action, ProjectStatus? from, ProjectStatus to, int revision, string by, string byOrganId, string byRegionCode, DateTime at, string? note)
        : base(action, from, to, by, byOrganId, byRegionCode, at, note)
    {
        Revision = revision;
    }

    public int Revision { get; private set; }
}
