using Corridor.BuildingBlocks.UseCases;
using Corridor.DirectoryService.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Corridor.DirectoryService.Regions;

/// <summary>The regions that are members of the conference on a day (today when none is given), ordered by code.</summary>
public sealed record ListMemberRegions(DateOnly? AsOf) : IUseCase<IReadOnlyList<RegionResponse>>;

internal sealed class ListMemberRegionsHandler(DirectoryDbContext db, DivisionTable divisions, TimeProvider clock)
    : IUseCaseHandler<ListMemberRegions, IReadOnlyList<RegionResponse>>
{
    public async Task<IReadOnlyList<RegionResponse>> HandleAsync(ListMemberRegions request, CancellationToken cancellationToken)
    {
        var day = request.AsOf ?? DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var periods = await db.Memberships.AsNoTracking()
            .Where(m => m.JoinedOn <= day && (m.LeftOn == null || m.LeftOn >= day))
            .ToListAsync(cancellationToken);
        return periods
            .OrderBy(m => m.RegionCode, StringComparer.Ordinal)
            .Select(m => RegionResponse.Of(divisions.Find(m.RegionCode)!, m, day))
            .ToArray();
    }
}
