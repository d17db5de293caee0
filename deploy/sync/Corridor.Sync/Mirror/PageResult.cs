namespace Corridor.Sync.Mirror;

/// <summary>What applying one page did to the mirror.</summary>
/// <param name="Stale">Entries older than the stored version, ignored.</param>
/// <param name="Swept">Records a finished re-snapshot did not see, removed.</param>
public sealed record PageResult(int Created, int Updated, int Unchanged, int Stale, int Deleted, int Swept);
