using Corridor.BuildingBlocks.UseCases;
using Corridor.DirectoryService.Infrastructure;
using FluentValidation;

namespace Corridor.DirectoryService.Regions;

/// <summary>The divisions directly under a parent (none: the provinces), or, with <see cref="Q"/>, those whose name contains it; ordered by code.</summary>
public sealed record ListRegions(string? ParentCode, string? Q) : IUseCase<IReadOnlyList<RegionResponse>>;

internal sealed class ListRegionsValidator : AbstractValidator<ListRegions>
{
    public ListRegionsValidator()
    {
        RuleFor(r => r.ParentCode).RegionCode().When(r => r.ParentCode is not null);
        RuleFor(r => r.Q).SearchText();
    }
}

internal sealed class ListRegionsHandler(DirectoryDbContext db, DivisionTable divisions, TimeProvider clock) : IUseCaseHandler<ListRegions, IReadOnlyList<RegionResponse>>
{
    public async Task<IReadOnlyList<RegionResponse>> HandleAsync(ListRegions request, CancellationToken cancellationToken)
    {
        var q = request.Q?.Trim();
        IEnumerable<Division> found = string.IsNullOrEmpty(q)
            ? divisions.ChildrenOf(request.ParentCode)
            : divisions.All.Where(d => d.Name.Contains(q, StringComparison.Ordinal) && (request.ParentCode is null || divisions.IsWithin(d.Code, request.ParentCode)));
        var latest = await Memberships.LatestByRegionAsync(db, cancellationToken);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        return found.Select(d => RegionResponse.Of(d, latest.GetValueOrDefault(d.Code), today)).ToArray();
    }
}
