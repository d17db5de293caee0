using Corridor.BuildingBlocks.Directory;
using Corridor.BuildingBlocks.Domain;

namespace Corridor.Agreements.Agreements;

/// <summary>
/// Agreement parties as the directory records them: a party's name and region are its organ's, never the request's.
/// An organ the directory does not know or has retired, or a stated region other than the organ's, is refused
/// (<see cref="OrganRefusedException"/>: 422 / FAILED_PRECONDITION); an organ of a region that is not a member of the
/// conference today is refused as before (409 agreement.party-identity).
/// </summary>
internal sealed class PartyDirectory(IOrganDirectory directory, TimeProvider clock)
{
    /// <summary>The validated party requests (organ ids given) as the terms an agreement stores, in the order given.</summary>
    public async Task<IReadOnlyList<PartyTerms>> TermsAsync(IReadOnlyList<PartyRequest?> parties, CancellationToken cancellationToken)
    {
        var named = parties.Select((p, i) => new NamedOrgan(
            $"parties[{i}].organId", p!.OrganId!, string.IsNullOrWhiteSpace(p.RegionCode) ? null : p.RegionCode, $"parties[{i}].regionCode")).ToArray();
        var organs = await directory.RequireActiveAsync(named, cancellationToken);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        foreach (var region in organs.Values.Select(o => o.RegionCode).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            if (!await directory.IsMemberRegionAsync(region, today, cancellationToken))
            {
                var organ = organs.Values.First(o => o.RegionCode == region);
                throw new DomainRuleException(
                    "agreement.party-identity", $"Party {organ.OrganId} ({organ.FullName}) is an organ of region {region}, which is not a member of the conference.");
            }
        }

        return named.Select(n => organs[n.OrganId]).Select(o => new PartyTerms(o.OrganId, o.FullName, o.RegionCode)).ToArray();
    }
}
