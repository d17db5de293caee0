using Corridor.BuildingBlocks.UseCases;
using Corridor.Lists.Infrastructure;

namespace Corridor.Lists.Problems.Queries;

/// <summary>One problem with its reports, urgings and overdue figures as of today.</summary>
public sealed record GetProblem(Guid ProblemId) : IUseCase<ProblemResponse>;

internal sealed class GetProblemHandler(ListsDbContext db, TimeProvider clock) : IUseCaseHandler<GetProblem, ProblemResponse>
{
    public async Task<ProblemResponse> HandleAsync(GetProblem request, CancellationToken cancellationToken) =>
        ProblemResponse.From(await ProblemQueries.GetAsync(db, request.ProblemId, cancellationToken), DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));
}
