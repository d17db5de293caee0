namespace Corridor.DirectoryService.Organs;

/// <summary>The Chinese names of the levels and kinds, as people write them in a sheet and read them in the template.</summary>
public static class OrganLabels
{
    public static readonly IReadOnlyDictionary<OrganLevel, string> Levels = new Dictionary<OrganLevel, string>
    {
        [OrganLevel.Regional] = "区/省级",
        [OrganLevel.Municipal] = "市级",
        [OrganLevel.County] = "县级",
        [OrganLevel.Stationed] = "中直驻桂/驻地单位",
    };

    public static readonly IReadOnlyDictionary<OrganKind, string> Kinds = new Dictionary<OrganKind, string>
    {
        [OrganKind.Organ] = "机关",
        [OrganKind.OrganPartyOrganization] = "机关党组织",
        [OrganKind.WorkingCommittee] = "工委",
    };
}
