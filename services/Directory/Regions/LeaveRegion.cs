using Corridor.BuildingBlocks.Domain;
using Corridor.BuildingBlocks.Security;
using Corridor.BuildingBlocks.UseCases;
using Corridor.DirectoryService.Infrastructure;
using FluentValidation;

namespace Corridor.DirectoryService.Regions;

/// <summary>The secretariat ends a region's membership with <see cref="LeftOn"/> (today by default), the last day it is a member.</summary>
public sealed record LeaveRegion(string? Code, VersionPrecondition Precondition, DateOnly? LeftOn) : IUseCase<RegionResponse>;

internal sealed class LeaveRegionAuthorization(CallerIdentity caller) : SecretariatRule<LeaveRegion>(caller);

internal sealed class LeaveRegionValidator : AbstractValidator<LeaveRegion>
{
    public LeaveRegionValidator() => RuleFor(r => r.Code).RegionCode();
}

internal sealed class LeaveRegionHandler(DirectoryDbContext db, DivisionTable divisions, TimeProvider clock) : IUseCaseHandler<LeaveRegion, RegionResponse>
{
    public async Task<RegionResponse> HandleAsync(LeaveRegion request, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var today = DateOnly.FromDateTime(now);
        var division = divisions.Find(request.Code) ?? throw new NotFoundException("Region", request.Code!);
        var latest = await Memberships.LatestAsync(db, division.Code, cancellationToken)
            ?? throw new DomainRuleException("region.not-a-member", $"{division.Name} ({division.Code}) was never a member.");
        var membership = await AggregateChange.ApplyAsync(
            db, db.Memberships, latest.Id, request.Precondition, m => m.Leave(request.LeftOn ?? today, now), cancellationToken);
        return RegionResponse.Of(division, membership, today);
    }
}
