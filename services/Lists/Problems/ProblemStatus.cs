namespace Corridor.Lists.Problems;

/// <summary>
/// Open → Accepted → InProgress → Resolved → Closed, or Resolved → Reopened (treated like Accepted: the
/// responsible organ starts again, a coordinator may re-accept with a new due date). Rejected and Duplicate
/// are final; Transferred waits for the receiving region to accept.
/// </summary>
public enum ProblemStatus
{
    Open,
    Accepted,
    InProgress,
    Resolved,
    Closed,
    Reopened,
    Rejected,
    Duplicate,
    Transferred,
}
