using Corridor.BuildingBlocks.Idempotency;
using Corridor.BuildingBlocks.Security;
using Corridor.BuildingBlocks.UseCases;
using Corridor.Lists.Infrastructure;
using Corridor.Lists.Organs;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

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
    /// <summary>Each lost race means another change to the problem was saved; this bounds the concurrent changes a proposal outlasts.</summary>
    private const int Attempts = 20;

    public async Task<MatchResponse> HandleAsync(ProposeMatch request, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var match = await MatchCommands.AddAsync(db, request.ProblemId!.Value, request.ResourceId!.Value, caller, clock.GetUtcNow().UtcDateTime, cancellationToken);
            var proposed = MatchResponse.From(match);
            try
            {
                await writes.SaveAsync(cancellationToken);
                return await proposed.NamedAsync(db, cancellationToken);
            }
            catch (DbUpdateConcurrencyException) when (attempt < Attempts)
            {
                // The problem changed (or was retracted) since it was read: propose again on what is there now, where a
                // retracted problem is not found and a problem no longer open is refused by the rules.
                db.ChangeTracker.Clear();
            }
        }
    }
}
