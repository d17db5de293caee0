using Corridor.BuildingBlocks.Domain;
using Corridor.BuildingBlocks.Security;
using Corridor.DirectoryService.Regions;

namespace Corridor.DirectoryService.Organs;

/// <summary>
/// Who may write an organ: the secretariat for any region; a coordinator for the organs of their own region, which is
/// the organ's region or one it lies in (a province's coordinator for its cities' organs). Everyone else only reads.
/// The role itself is checked first by each use case's authorization rule.
/// </summary>
public sealed class OrganWriters(CallerIdentity caller, DivisionTable divisions)
{
    public bool MayWrite(string regionCode) =>
        caller.IsSecretariat || (caller.IsCoordinator && divisions.IsWithin(regionCode, caller.Region));

    public void EnsureMayWrite(string regionCode)
    {
        if (!MayWrite(regionCode))
        {
            throw new ForbiddenException(
                "organ.other-region", $"Organs of region {regionCode} are written by the secretariat and by coordinators of that region or one it lies in.");
        }
    }

    /// <summary>Phones of an organ's contacts are shown in full to the organ's own region (and the regions it lies in) and the secretariat.</summary>
    public bool SeesPhones(string regionCode) => caller.IsSecretariat || divisions.IsWithin(regionCode, caller.Region);
}
