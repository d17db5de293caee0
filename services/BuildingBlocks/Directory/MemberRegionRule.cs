using Corridor.BuildingBlocks.Domain;
using Corridor.BuildingBlocks.Security;
using Corridor.BuildingBlocks.UseCases;

namespace Corridor.BuildingBlocks.Directory;

/// <summary>
/// The caller's region must be a member of the conference today, as the directory records it: a region that joins
/// through the Directory's API may act at once, with no release (issue 17). The caller's own organ, which the record
/// will name, must be one the directory knows, active and of the caller's region.
/// </summary>
public abstract class MemberRegionRule<TRequest>(CallerIdentity caller, IOrganDirectory directory, TimeProvider clock, string code, string message)
    : IAuthorizationRule<TRequest>
{
    public async ValueTask CheckAsync(TRequest request, CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        if (!await directory.IsMemberRegionAsync(caller.Region, today, cancellationToken))
        {
            throw new ForbiddenException(code, message);
        }

        if (CallerOrgan.Of(caller) is { Count: > 0 } own)
        {
            await directory.RequireActiveAsync(own, cancellationToken);
        }
    }
}
