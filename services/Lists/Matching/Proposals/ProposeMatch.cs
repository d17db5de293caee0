using Corridor.BuildingBlocks.Idempotency;
using Corridor.BuildingBlocks.Security;
using Corridor.BuildingBlocks.UseCases;
using Corridor.Lists.Infrastructure;
using FluentValidation;

namespace Corridor.Lists.Matching.Proposals;

/// <summary>
/// Any member proposes pairing a problem with a resource; both sides then answer it (Commitments/). Saved through
/// <see cref="IdempotentWrites"/>: a retried REST proposal with the same Idempotency-Key answers the first one.
/// </summary>
public sealed record ProposeMatch(Guid? ProblemId, Guid? ResourceId) : IUseCase<MatchResponse>;

internal sealed class ProposeMatchValidator : AbstractValidator<ProposeMatch>
{
    public ProposeMatchValidator()
    {
        RuleFor(r => r.ProblemId).NotEmpty();
        RuleFor(r => r.ResourceId).NotEmpty();
    }
}

internal sealed class ProposeMatchHandler(ListsDbContext db, IdempotentWrites writes, CallerIdentity caller, TimeProvider clock) : IUseCaseHandler<ProposeMatch, MatchResponse>
{
    public async Task<MatchResponse> HandleAsync(ProposeMatch request, CancellationToken cancellationToken)
    {
        var match = await MatchCommands.AddAsync(db, request.ProblemId!.Value, request.ResourceId!.Value, caller, clock.GetUtcNow().UtcDateTime, cancellationToken);
        var proposed = MatchResponse.From(match);
        await writes.SaveAsync(cancellationToken);
        return proposed;
    }
}
