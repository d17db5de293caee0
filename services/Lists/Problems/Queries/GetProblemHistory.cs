using Corridor.BuildingBlocks.UseCases;
using Corridor.Lists.Infrastructure;
using Corridor.Lists.Organs;

namespace Corridor.Lists.Problems.Queries;

/// <summary>The problem's audit trail, oldest step first.</summary>
public sealed record GetProblemHistory(Guid ProblemId) : IUseCase<IReadOnlyList<ProblemTransitionResponse>>;

internal sealed class GetProblemHistoryHandler(ListsDbContext db) : IUseCaseHandler<GetProblemHistory, IReadOnlyList<ProblemTransitionResponse>>
{
    public async Task<IReadOnlyList<ProblemTransitionResponse>> HandleAsync(GetProblemHistory request, CancellationToken cancellationToken)
    {
        var problem = await ProblemQueries.GetAsync(db, request.ProblemId, cancellationToken);
        IReadOnlyList<ProblemTransitionResponse> lines = problem.History.OrderBy(h => h.Id)
            .Select(h => new ProblemTransitionResponse(h.Action, h.From?.ToString(), h.To.ToString(), h.By, h.ByOrganId, h.ByRegionCode, h.At, h.Note)).ToArray();
        return await lines.NamedAsync(db, cancellationToken);
    }
}
