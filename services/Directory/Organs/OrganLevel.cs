namespace Corridor.DirectoryService.Organs;

public enum OrganLevel
{
    /// <summary>区/省级</summary>
    Regional,

    /// <summary>市级</summary>
    Municipal,

    /// <summary>县级</summary>
    County,

    /// <summary>中直驻桂/驻地单位: a unit of the central authorities stationed in the region.</summary>
    Stationed,
}
