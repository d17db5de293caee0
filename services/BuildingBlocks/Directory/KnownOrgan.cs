using Corridor.Contracts.Events;

namespace Corridor.BuildingBlocks.Directory;

/// <summary>
/// A service's copy of an organ of the directory, fed by the organ events and by answers to GetOrgans. Every source
/// carries the organ's whole record with its version, so the copy keeps the newest whatever the order of arrival.
/// </summary>
public sealed class KnownOrgan
{
    public const string ActiveStatus = "Active";

    public const string RetiredStatus = "Retired";

    private KnownOrgan()
    {
    }

    public KnownOrgan(string organId) => OrganId = organId;

    public string OrganId { get; private set; } = "";

    public string RegionCode { get; private set; } = "";

    public string FullName { get; private set; } = "";

    public string ShortName { get; private set; } = "";

    /// <summary>Regional, Municipal, County or Stationed.</summary>
    public string Level { get; private set; } = "";

    /// <summary>Organ, OrganPartyOrganization or WorkingCommittee.</summary>
    public string Kind { get; private set; } = "";

    public string? ParentOrganId { get; private set; }

    /// <summary>Active or Retired.</summary>
    public string Status { get; private set; } = ActiveStatus;

    /// <summary>The directory's version of the organ when this copy was taken; 0 before the first.</summary>
    public long Version { get; private set; }

    public DateTime UpdatedAt { get; private set; }

    public bool IsRetired => Status == RetiredStatus;

    /// <summary>Takes the record if it is newer than the copy; returns whether it did.</summary>
    public bool Apply(OrganSnapshot organ, long version, DateTime updatedAt)
    {
        if (version <= Version)
        {
            return false;
        }

        RegionCode = organ.RegionCode;
        FullName = organ.FullName;
        ShortName = organ.ShortName;
        Level = organ.Level;
        Kind = organ.Kind;
        ParentOrganId = string.IsNullOrEmpty(organ.ParentOrganId) ? null : organ.ParentOrganId;
        Status = organ.Status;
        Version = version;
        UpdatedAt = updatedAt;
        return true;
    }
}
