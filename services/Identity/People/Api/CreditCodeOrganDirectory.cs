using Corridor.BuildingBlocks.Domain;
using Corridor.BuildingBlocks.Reference;

namespace Corridor.Identity.People.Api;

/// <summary>
/// The organ checks the other services make today: a valid unified social credit code (GB 32100) and a corridor member
/// region (GB/T 2260). It cannot tell whether the organ exists or sits in that region; the Directory will.
/// </summary>
internal sealed class CreditCodeOrganDirectory : IOrganDirectory
{
    public ValueTask<string?> RefusalAsync(string organId, string regionCode, CancellationToken cancellationToken) =>
        ValueTask.FromResult(
            !UnifiedSocialCreditCode.IsValid(organId) ? $"'{organId}' is not a valid unified social credit code (GB 32100)."
            : !CorridorRegions.IsMember(regionCode) ? $"'{regionCode}' is not a corridor member region (GB/T 2260 code)."
            : null);
}
