namespace Corridor.BuildingBlocks.Directory;

/// <summary>
/// A service's copy of a GB/T 2260 region's conference membership, fed by RegionJoined / RegionLeft and by answers to
/// GetRegion. The membership is one record per region in the directory, so its version orders every change.
/// </summary>
public sealed class KnownRegion
{
    private KnownRegion()
    {
    }

    public KnownRegion(string code) => Code = code;

    public string Code { get; private set; } = "";

    public string Name { get; private set; } = "";

    public string? ParentCode { get; private set; }

    public DateOnly? JoinedOn { get; private set; }

    /// <summary>The last day the region was a member; null while it is one.</summary>
    public DateOnly? LeftOn { get; private set; }

    /// <summary>The directory's version of the membership when this copy was taken; 0 before the first.</summary>
    public long Version { get; private set; }

    /// <summary>Whether the region was a member of the conference on <paramref name="day"/>.</summary>
    public bool IsMemberOn(DateOnly day) => JoinedOn is { } joined && joined <= day && (LeftOn is not { } left || day <= left);

    /// <summary>Takes a join (or a whole membership record) if it is newer than the copy; returns whether it did.</summary>
    public bool ApplyJoin(string name, string? parentCode, DateOnly joinedOn, DateOnly? leftOn, long version)
    {
        if (version <= Version)
        {
            // An older event still names the region when a newer one (a leave) arrived first and could not.
            FillNames(name, parentCode);
            JoinedOn ??= joinedOn;
            return false;
        }

        FillNames(name, parentCode, overwrite: true);
        JoinedOn = joinedOn;
        LeftOn = leftOn;
        Version = version;
        return true;
    }

    /// <summary>Takes a leave if it is newer than the copy; returns whether it did.</summary>
    public bool ApplyLeave(DateOnly leftOn, long version)
    {
        if (version <= Version)
        {
            return false;
        }

        LeftOn = leftOn;
        Version = version;
        return true;
    }

    private void FillNames(string name, string? parentCode, bool overwrite = false)
    {
        if (overwrite || Name.Length == 0)
        {
            Name = name;
            ParentCode = string.IsNullOrEmpty(parentCode) ? null : parentCode;
        }
    }
}
