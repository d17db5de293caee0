namespace Corridor.SystemTests.Authorization;

/// <summary>The people and clients whose rights the role matrices (writes, reads, change feeds) compare; tokens that are not accepted at all are in <see cref="TokenAndScopeMatrixTests"/>.</summary>
[Flags]
public enum MatrixCaller
{
    None = 0,
    OwnMember = 1,
    OtherMember = 2,
    OwnCoordinator = 4,
    OtherCoordinator = 8,
    Secretariat = 16,
    OwnSyncClient = 32,

    /// <summary>Creating one's own record: every member may, in its own name.</summary>
    Anyone = OwnMember | OtherMember | OwnCoordinator | OtherCoordinator | Secretariat | OwnSyncClient,

    /// <summary>The organ that holds the record (raiser, responsible, party), directly or through its sync client.</summary>
    OwnOrgan = OwnMember | OwnSyncClient,

    /// <summary>Anyone of the region that owns the record.</summary>
    OwnRegion = OwnMember | OwnCoordinator | OwnSyncClient,

    OwnRegionOrSecretariat = OwnRegion | Secretariat,

    OwnOrganOrSecretariat = OwnOrgan | Secretariat,

    /// <summary>A coordinator of the region concerned, or the secretariat.</summary>
    Reviewer = OwnCoordinator | Secretariat,

    /// <summary>Any region's coordinator, or the secretariat: the conference-wide review views.</summary>
    AnyReviewer = OwnCoordinator | OtherCoordinator | Secretariat,

    /// <summary>The owning region, any coordinator and the secretariat: who sees a team's roster and history.</summary>
    RosterReaders = OwnRegion | OtherCoordinator | Secretariat,
}
