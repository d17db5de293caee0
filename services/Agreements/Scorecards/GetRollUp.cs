using Corridor.Agreements.Infrastructure;
using Corridor.BuildingBlocks.Directory;
using Corridor.BuildingBlocks.UseCases;
using FluentValidation;

namespace Corridor.Agreements.Scorecards;

/// <summary>The scorecard of a region's agreements (with its cities'), or of the whole conference without a region, for <see cref="Year"/> (default: the current year).</summary>
public sealed record GetRollUp(string? Region, int? Year) : IUseCase<RollUpScorecard>;

internal sealed class GetRollUpValidator : AbstractValidator<GetRollUp>
{
    public GetRollUpValidator(IOrganDirectory directory, TimeProvider clock)
    {
        RuleFor(r => r.Year).ScorecardYear();
        RuleFor(r => r.Region).MemberRegion(directory, clock).When(r => !string.IsNullOrEmpty(r.Region))
            .OverridePropertyName("region").WithMessage("The region must be the GB/T 2260 code of a corridor member region.");
    }
}

internal sealed class GetRollUpHandler(AgreementsDbContext db, TimeProvider clock) : IUseCaseHandler<GetRollUp, RollUpScorecard>
{
    public Task<RollUpScorecard> HandleAsync(GetRollUp request, CancellationToken cancellationToken) =>
        ScorecardQueries.RollUpAsync(db, string.IsNullOrEmpty(request.Region) ? null : request.Region, request.Year ?? clock.GetUtcNow().Year, cancellationToken);
}

internal static class ScorecardRules
{
    /// <summary>The query parameter's own name and words, as REST answered before the use cases.</summary>
    public static IRuleBuilderOptions<T, int?> ScorecardYear<T>(this IRuleBuilder<T, int?> year) =>
        year.InclusiveBetween(2000, 2100).OverridePropertyName("year").WithMessage("The year must be between 2000 and 2100.");
}
