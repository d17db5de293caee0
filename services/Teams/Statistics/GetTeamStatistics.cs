using Corridor.BuildingBlocks.UseCases;
using Corridor.Teams.Infrastructure;
using FluentValidation;

namespace Corridor.Teams.Statistics;

/// <summary>The registry's figures for the day <see cref="On"/> (today by default), as recorded by its end.</summary>
public sealed record GetTeamStatistics(DateOnly? On) : IUseCase<TeamStatisticsResponse>;

internal sealed class GetTeamStatisticsValidator : AbstractValidator<GetTeamStatistics>
{
    // A day still to come has no settled figures.
    public GetTeamStatisticsValidator(TimeProvider clock) =>
        RuleFor(r => r.On).Must(on => on <= DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime)).When(r => r.On is not null)
            .OverridePropertyName("on").WithMessage("Statistics are given for today or a past day.");
}

internal sealed class GetTeamStatisticsHandler(TeamsDbContext db, TimeProvider clock) : IUseCaseHandler<GetTeamStatistics, TeamStatisticsResponse>
{
    public Task<TeamStatisticsResponse> HandleAsync(GetTeamStatistics request, CancellationToken cancellationToken) =>
        TeamStatistics.ComputeAsync(db, request.On ?? DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime), cancellationToken);
}
