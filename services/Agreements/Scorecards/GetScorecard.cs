using Corridor.Agreements.Infrastructure;
using Corridor.BuildingBlocks.UseCases;
using FluentValidation;

namespace Corridor.Agreements.Scorecards;

/// <summary>One agreement's scorecard for <see cref="Year"/> (default: the current year).</summary>
public sealed record GetScorecard(Guid AgreementId, int? Year) : IUseCase<AgreementScorecard>;

internal sealed class GetScorecardValidator : AbstractValidator<GetScorecard>
{
    public GetScorecardValidator() => RuleFor(r => r.Year).ScorecardYear();
}

internal sealed class GetScorecardHandler(AgreementsDbContext db, TimeProvider clock) : IUseCaseHandler<GetScorecard, AgreementScorecard>
{
    public Task<AgreementScorecard> HandleAsync(GetScorecard request, CancellationToken cancellationToken) =>
        ScorecardQueries.ForAgreementAsync(db, request.AgreementId, request.Year ?? clock.GetUtcNow().Year, cancellationToken);
}
