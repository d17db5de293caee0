using Corridor.BuildingBlocks.Security;
using Corridor.BuildingBlocks.UseCases;
using Corridor.Lists.Infrastructure;

namespace Corridor.Lists.Problems.Queries;

/// <summary>Escalated problems still being handled: a coordinator sees their region's, the secretariat all.</summary>
public sealed record ListEscalatedProblems : IUseCase<IReadOnlyList<ProblemSummary>>;

internal sealed class ListEscalatedProblemsAuthorization(CallerIdentity caller) : ReviewerRule<ListEscalatedProblems>(caller);

internal sealed class ListEscalatedProblemsHandler(ListsDbContext db, CallerIdentity caller, TimeProvider clock)
    : IUseCaseHandler<ListEscalatedProblems, IReadOnlyList<ProblemSummary>>
{
    public Task<IReadOnlyList<ProblemSummary>> HandleAsync(ListEscalatedProblems request, CancellationToken cancellationToken) =>
        ProblemQueries.EscalatedAsync(db, caller, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime), cancellationToken);
}
