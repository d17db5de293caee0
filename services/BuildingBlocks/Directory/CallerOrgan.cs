using Corridor.BuildingBlocks.Security;

namespace Corridor.BuildingBlocks.Directory;

/// <summary>The caller's own organ as a request names it, so that refusals of it name one field everywhere.</summary>
public static class CallerOrgan
{
    public const string OrganField = "caller.organ";

    public const string RegionField = "caller.region";

    /// <summary>The caller's own organ, as a record names it (lead, raiser): it must be active and of the caller's region.</summary>
    public static IReadOnlyCollection<NamedOrgan> Of(CallerIdentity caller) =>
        string.IsNullOrEmpty(caller.Organ) ? [] : [new NamedOrgan(OrganField, caller.Organ, caller.Region, RegionField)];
}
