using Corridor.BuildingBlocks.Directory;
using Corridor.BuildingBlocks.Domain;
using Corridor.BuildingBlocks.Security;

namespace Corridor.Teams.Teams.Registry;

/// <summary>
/// A team's owner is the caller's organ, and the team's region is that organ's region in the directory. The region the
/// caller's token states must be the organ's (422 / FAILED_PRECONDITION region-mismatch); an organ the directory does
/// not know or has retired is refused the same way (unknown-organ, retired-organ); an organ of a region that is not a
/// member of the conference today is forbidden (403 team.not-a-member).
/// </summary>
internal sealed class TeamOwnership(IOrganDirectory directory, CallerIdentity caller, TimeProvider clock)
{
    public async Task EnsureOwnerAsync(CancellationToken cancellationToken)
    {
        var organs = await directory.RequireActiveAsync([new NamedOrgan("ownerOrganId", caller.Organ, caller.Region, "regionCode")], cancellationToken);
        var organ = organs[caller.Organ];
        if (!await directory.IsMemberRegionAsync(organ.RegionCode, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime), cancellationToken))
        {
            throw new ForbiddenException("team.not-a-member", "Only an organ of a corridor member region can register a team.");
        }
    }
}
