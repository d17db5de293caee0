using Corridor.BuildingBlocks.Directory;
using Corridor.BuildingBlocks.Domain;
using Corridor.BuildingBlocks.Security;

namespace Corridor.Identity.People.Api;

/// <summary>
/// The region whose people the caller manages. The secretariat and admins manage every region; a coordinator the region
/// of their organ as the directory records it — not the region their token states, which was copied from the person
/// record when they signed in. The coordinator's organ must be one the directory knows and has not retired (422
/// unknown-organ / retired-organ on field <see cref="CallerOrgan.OrganField"/>).
/// </summary>
internal sealed class ManagedRegion(IOrganDirectory directory, CallerIdentity caller)
{
    private string? _coordinatorRegion;

    public bool IsEveryRegion => PeopleAuthority.SeesEveryRegion(caller);

    /// <summary>Forbids (403 person.other-region) a caller who does not manage <paramref name="regionCode"/>.</summary>
    public async Task EnsureAsync(string regionCode, CancellationToken cancellationToken)
    {
        if (IsEveryRegion)
        {
            return;
        }

        if (!caller.IsCoordinator || await CoordinatorRegionAsync(cancellationToken) != regionCode)
        {
            throw new ForbiddenException("person.other-region", "A coordinator manages the people of their own region only.");
        }
    }

    /// <summary>The coordinator's region from the directory, looked up once per request.</summary>
    public async Task<string> CoordinatorRegionAsync(CancellationToken cancellationToken)
    {
        if (_coordinatorRegion is null)
        {
            var organs = await directory.RequireActiveAsync([new NamedOrgan(CallerOrgan.OrganField, caller.Organ)], cancellationToken);
            _coordinatorRegion = organs[caller.Organ].RegionCode;
        }

        return _coordinatorRegion;
    }
}
