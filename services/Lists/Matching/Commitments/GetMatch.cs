using Corridor.BuildingBlocks.UseCases;
using Corridor.Lists.Infrastructure;
using Corridor.Lists.Organs;

namespace Corridor.Lists.Matching.Commitments;

/// <summary>One match and where it stands.</summary>
public sealed record GetMatch(Guid MatchId) : IUseCase<MatchResponse>;

internal sealed class GetMatchHandler(ListsDbContext db) : IUseCaseHandler<GetMatch, MatchResponse>
{
    public async Task<MatchResponse> HandleAsync(GetMatch request, CancellationToken cancellationToken) =>
        await MatchResponse.From(await MatchCommands.GetAsync(db, request.MatchId, cancellationToken)).NamedAsync(db, cancellationToken);
}
