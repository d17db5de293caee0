using Corridor.BuildingBlocks.Security;
using Corridor.BuildingBlocks.UseCases;
using Corridor.Lists.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Lists.Matching.Commitments;

/// <summary>One side (raiser or offerer) accepts a proposed match; when both have, it is committed and the resource reserved.</summary>
public sealed record AcceptMatch(Guid MatchId, VersionPrecondition Precondition) : IUseCase<MatchResponse>;

internal sealed class AcceptMatchHandler(ListsDbContext db, CallerIdentity caller, TimeProvider clock) : IUseCaseHandler<AcceptMatch, MatchResponse>
{
    public Task<MatchResponse> HandleAsync(AcceptMatch request, CancellationToken cancellationToken) =>
        MatchWriter.ApplyAsync(db, request.MatchId, request.Precondition, async match =>
        {
            var problem = await db.Problems.AsSplitQuery().SingleAsync(p => p.Id == match.ProblemId, cancellationToken);
            var resource = await db.Resources.SingleAsync(r => r.Id == match.ResourceId, cancellationToken);
            match.Accept(problem, resource, caller, clock.GetUtcNow().UtcDateTime);
        }, cancellationToken);
}
