namespace Corridor.Identity.Keys;

/// <summary>
/// The lease on the key ring: only the replica holding it creates or deletes keys (signing, encryption and
/// Data Protection), the others wait and then read its keys. Revision is the concurrency token, so two
/// replicas taking the lease at the same moment cannot both win.
/// </summary>
public sealed class KeyRingState
{
    public const int SingletonId = 1;

    private KeyRingState()
    {
    }

    public int Id { get; private set; } = SingletonId;

    public long Revision { get; private set; }

    public Guid? LeasedBy { get; private set; }

    /// <summary>When a lease of a replica that died lapses and another may take it.</summary>
    public DateTime? LeasedUntil { get; private set; }

    public DateTime? ChangedAt { get; private set; }

    /// <summary>False while another replica holds an unexpired lease.</summary>
    public bool TryLease(Guid replica, DateTime now, TimeSpan duration)
    {
        if (LeasedBy is { } holder && holder != replica && LeasedUntil > now)
        {
            return false;
        }

        LeasedBy = replica;
        LeasedUntil = now + duration;
        Revision++;
        return true;
    }

    public void Release(DateTime now)
    {
        LeasedBy = null;
        LeasedUntil = null;
        ChangedAt = now;
        Revision++;
    }
}
