namespace Corridor.DirectoryService.Organs;

public enum OrganStatus
{
    Active,

    /// <summary>No longer acts nor is named on new records; its past records keep naming it.</summary>
    Retired,
}
