using Corridor.BuildingBlocks.Domain;
using Corridor.BuildingBlocks.Idempotency;
using Corridor.BuildingBlocks.Security;
using Corridor.BuildingBlocks.UseCases;
using Corridor.DirectoryService.Infrastructure;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace Corridor.DirectoryService.Regions;

/// <summary>
/// The secretariat admits a division as a member from <see cref="JoinedOn"/> (today by default). The precondition, when
/// given, is the version of the region's latest membership period (0: it never joined).
/// </summary>
public sealed record JoinRegion(string? Code, VersionPrecondition Precondition, DateOnly? JoinedOn, string? Role) : IUseCase<RegionResponse>;

internal sealed class JoinRegionAuthorization(CallerIdentity caller) : SecretariatRule<JoinRegion>(caller);

internal sealed class JoinRegionValidator : AbstractValidator<JoinRegion>
{
    public JoinRegionValidator()
    {
        RuleFor(r => r.Code).RegionCode();
        RuleFor(r => r.Role).MaximumLength(RegionMembership.MaxRole);
    }
}

internal sealed class JoinRegionHandler(DirectoryDbContext db, DivisionTable divisions, IdempotentWrites writes, TimeProvider clock)
    : IUseCaseHandler<JoinRegion, RegionResponse>
{
    public async Task<RegionResponse> HandleAsync(JoinRegion request, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var today = DateOnly.FromDateTime(now);
        var division = divisions.Find(request.Code) ?? throw new NotFoundException("Region", request.Code!);
        var previous = await Memberships.LatestAsync(db, division.Code, cancellationToken);
        request.Precondition.Check(previous?.Version ?? 0);
        var joined = RegionMembership.Join(division, request.JoinedOn ?? today, request.Role, previous, now);
        db.Memberships.Add(joined);
        await writes.SaveAsync(cancellationToken, () => ExplainConflictAsync(division));
        return RegionResponse.Of(division, joined, today);
    }

    // The open-period index refused the row: another join of the region was saved first.
    private async Task ExplainConflictAsync(Division division)
    {
        db.ChangeTracker.Clear();
        if (await db.Memberships.AnyAsync(m => m.RegionCode == division.Code && m.LeftOn == null))
        {
            throw new DomainRuleException("region.already-member", $"{division.Name} ({division.Code}) joined meanwhile.");
        }
    }
}
