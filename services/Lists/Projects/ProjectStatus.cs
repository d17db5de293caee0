namespace Corridor.Lists.Projects;

/// <summary>
/// Draft → Submitted (revision r) → Approved → InExecution → Completed; Submitted → ChangesRequested → Submitted;
/// Submitted → Rejected; anything not finished → Cancelled. Rejected, Completed and Cancelled are final.
/// </summary>
public enum ProjectStatus
{
    Draft,
    Submitted,
    Approved,
    ChangesRequested,
    Rejected,
    InExecution,
    Completed,
    Cancelled,
}
