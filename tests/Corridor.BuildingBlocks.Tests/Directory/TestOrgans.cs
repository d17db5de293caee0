using Corridor.BuildingBlocks.Directory;
using Corridor.Contracts.Directory.V1;
using Corridor.Contracts.Events;

namespace Corridor.BuildingBlocks.Tests.Directory;

internal static class TestOrgans
{
    public const string YulinOrgan = "11450900MB00000031";

    public const string ZhaoqingOrgan = "11441200MB00000042";

    public static readonly DateTime At = new(2026, 3, 1, 8, 0, 0, DateTimeKind.Utc);

    public static OrganSnapshot Snapshot(string organId = YulinOrgan, string region = "450900", string name = "玉林市直属机关工作委员会", string status = KnownOrgan.ActiveStatus) =>
        new(organId, region, name, name[..2], "Municipal", "WorkingCommittee", null, status);

    public static OrganReply Reply(OrganSnapshot organ, long version) => new()
    {
        OrganId = organ.OrganId,
        RegionCode = organ.RegionCode,
        FullName = organ.FullName,
        ShortName = organ.ShortName,
        Level = organ.Level,
        Kind = organ.Kind,
        ParentOrganId = organ.ParentOrganId ?? "",
        Status = organ.Status,
        Version = version,
        UpdatedAt = "2026-03-01T08:00:00Z",
    };
}
