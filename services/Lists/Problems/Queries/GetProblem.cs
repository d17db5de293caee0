using Corridor.BuildingBlocks.UseCases;
using Corridor.Lists.Infrastructure;

namespace Corridor.Lists.Problems.Queries;

/// <summary>One problem with its reports, urgings and overdue figures as of today.</summary>
public sealed record GetProblem(Guid ProblemId) : IUseCase<ProblemResponse>;

internal sealed class GetProblemHandler(ListsDbContext db, TimeProvider clock) : IUseCaseHandler<GetProblem, ProblemResponse>
{
    public Task<ProblemResponse> HandleAsync(GetProblem request, CancellationToken cancellationToken) =>
        ProblemResponseQuery.GetAsync(db, request.ProblemId, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime), cancellationToken);
}
