using Corridor.BuildingBlocks.Domain;
using Corridor.BuildingBlocks.UseCases;
using Corridor.DirectoryService.Infrastructure;
using FluentValidation;

namespace Corridor.DirectoryService.Regions;

/// <summary>One division of the GB/T 2260 table with its conference membership (today).</summary>
public sealed record GetRegion(string? Code) : IUseCase<RegionResponse>;

internal sealed class GetRegionValidator : AbstractValidator<GetRegion>
{
    public GetRegionValidator() => RuleFor(r => r.Code).RegionCode();
}

internal sealed class GetRegionHandler(DirectoryDbContext db, DivisionTable divisions, TimeProvider clock) : IUseCaseHandler<GetRegion, RegionResponse>
{
    public async Task<RegionResponse> HandleAsync(GetRegion request, CancellationToken cancellationToken)
    {
        var division = divisions.Find(request.Code) ?? throw new NotFoundException("Region", request.Code!);
        var latest = await Memberships.LatestAsync(db, division.Code, cancellationToken);
        return RegionResponse.Of(division, latest, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));
    }
}
