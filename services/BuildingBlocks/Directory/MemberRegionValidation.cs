using FluentValidation;

namespace Corridor.BuildingBlocks.Directory;

public static class MemberRegionValidation
{
    /// <summary>The code of a region that is a member of the conference today, as the directory says (its read model, asked on a miss).</summary>
    public static IRuleBuilderOptions<T, string?> MemberRegion<T>(this IRuleBuilder<T, string?> rule, IOrganDirectory directory, TimeProvider clock) =>
        rule.MustAsync(async (code, cancellationToken) =>
            RegionCodes.IsWellFormed(code)
            && await directory.IsMemberRegionAsync(code!, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime), cancellationToken));
}
