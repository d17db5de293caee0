using Corridor.Sync.Mirror;

namespace Corridor.Sync.Pull;

/// <summary>The tally of one service's pull, for the summary.</summary>
public sealed class PullStats(string service)
{
    public string Service { get; } = service;

    public long Pages { get; private set; }

    public long Changes { get; private set; }

    public long Created { get; private set; }

    public long Updated { get; private set; }

    public long Unchanged { get; private set; }

    public long Stale { get; private set; }

    public long Deleted { get; private set; }

    public long Swept { get; private set; }

    public int Resnapshots { get; set; }

    public bool CaughtUp { get; set; }

    public bool Interrupted { get; set; }

    public long Records { get; set; }

    public TimeSpan Elapsed { get; set; }

    /// <summary>Changes that altered the mirror.</summary>
    public long Applied => Created + Updated + Deleted + Swept;

    public double ChangesPerSecond => Elapsed > TimeSpan.Zero ? Changes / Elapsed.TotalSeconds : 0;

    public void Add(PageResult page, int changes)
    {
        Pages++;
        Changes += changes;
        Created += page.Created;
        Updated += page.Updated;
        Unchanged += page.Unchanged;
        Stale += page.Stale;
        Deleted += page.Deleted;
        Swept += page.Swept;
    }
}
