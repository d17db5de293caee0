using System.Text.RegularExpressions;
using Corridor.BuildingBlocks.Directory;
using FluentValidation;

namespace Corridor.Teams.Infrastructure;

internal static partial class MemberRegionRule
{
    /// <summary>The code of a region that is a member of the conference today, as the directory says (its read model, asked on a miss).</summary>
    public static IRuleBuilderOptions<T, string?> MemberRegion<T>(this IRuleBuilder<T, string?> rule, IOrganDirectory directory, TimeProvider clock) =>
        rule.MustAsync(async (code, cancellationToken) =>
            code is not null && DivisionCode().IsMatch(code)
            && await directory.IsMemberRegionAsync(code, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime), cancellationToken));

    [GeneratedRegex("^[1-9][0-9]{5}$")]
    private static partial Regex DivisionCode();
}
