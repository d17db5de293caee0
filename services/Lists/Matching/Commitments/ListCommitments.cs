using Corridor.BuildingBlocks.UseCases;
using Corridor.Lists.Infrastructure;
using Corridor.Lists.Organs;

namespace Corridor.Lists.Matching.Commitments;

/// <summary>The problem's commitments in force, oldest first.</summary>
public sealed record ListCommitments(Guid ProblemId) : IUseCase<IReadOnlyList<MatchResponse>>;

internal sealed class ListCommitmentsHandler(ListsDbContext db) : IUseCaseHandler<ListCommitments, IReadOnlyList<MatchResponse>>
{
    public async Task<IReadOnlyList<MatchResponse>> HandleAsync(ListCommitments request, CancellationToken cancellationToken) =>
        await (await MatchCommands.CommitmentsAsync(db, request.ProblemId, cancellationToken)).Select(MatchResponse.From).ToList().NamedAsync(db, cancellationToken);
}
