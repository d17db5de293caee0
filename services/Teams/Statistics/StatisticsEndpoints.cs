using Corridor.Teams.Infrastructure;
using FluentValidation;
using FluentValidation.Results;

namespace Corridor.Teams.Statistics;

internal static class StatisticsEndpoints
{
    public static IEndpointRouteBuilder MapTeamStatistics(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/api/v1/teams/statistics", (DateOnly? on, TeamsDbContext db, TimeProvider clock, CancellationToken ct) =>
            TeamStatistics.ComputeAsync(db, Day(on, clock), ct)).WithTags("Teams");
        return routes;
    }

    /// <summary>Today by default; a day still to come has no settled figures, so it is refused.</summary>
    public static DateOnly Day(DateOnly? on, TimeProvider clock)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        if (on > today)
        {
            throw new ValidationException([new ValidationFailure("on", "Statistics are given for today or a past day.")]);
        }

        return on ?? today;
    }
}
