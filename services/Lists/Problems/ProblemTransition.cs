using Corridor.BuildingBlocks.Domain;

namespace Corridor.Lists.Problems;

/// <summary>
/// One line of a problem's audit trail. Actions: raise, accept, start, progress, resolve, confirm, reopen, reject,
/// duplicate, transfer, urge, escalate.
/// </summary>
public sealed class ProblemTransition : StatusTransition<ProblemStatus>
{
    private ProblemTransition()
    {
    }

    public ProblemTransition(string action, ProblemStatus? from, ProblemStatus to, string by, string byOrganId, string byRegionCode, DateTime at, string? note)
        : base(action, from, to, by, byOrganId, byRegionCode, at, note)
    {
    }
}
