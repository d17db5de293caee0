namespace Corridor.Sync.Verify;

public enum DifferenceKind
{
    /// <summary>The service holds the record, the mirror does not.</summary>
    Missing,

    /// <summary>The mirror holds a record the service no longer has.</summary>
    Extra,

    VersionDiffers,

    HashDiffers,

    RegionDiffers,
}
