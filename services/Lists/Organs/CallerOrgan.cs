using Corridor.BuildingBlocks.Directory;
using Corridor.BuildingBlocks.Security;

namespace Corridor.Lists.Organs;

internal static class CallerOrgan
{
    public const string OrganField = "caller.organ";

    public const string RegionField = "caller.region";

    /// <summary>The caller's own organ, as a record names it (lead, raiser): it must be active and of the caller's region.</summary>
    public static IEnumerable<NamedOrgan> Of(CallerIdentity caller) =>
        string.IsNullOrEmpty(caller.Organ) ? [] : [new NamedOrgan(OrganField, caller.Organ, caller.Region, RegionField)];
}
