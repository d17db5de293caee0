using Corridor.BuildingBlocks.Security;
using Corridor.BuildingBlocks.UseCases;
using Corridor.Lists.Infrastructure;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Lists.Matching.Commitments;

/// <summary>One side releases a commitment, saying why; the resource is available again.</summary>
public sealed record ReleaseCommitment(Guid MatchId, VersionPrecondition Precondition, string? Reason) : IUseCase<MatchResponse>;

internal sealed class ReleaseCommitmentValidator : AbstractValidator<ReleaseCommitment>
{
    public ReleaseCommitmentValidator() => RuleFor(r => r.Reason).NotEmpty().MaximumLength(Match.MaxReason);
}

internal sealed class ReleaseCommitmentHandler(ListsDbContext db, CallerIdentity caller, TimeProvider clock) : IUseCaseHandler<ReleaseCommitment, MatchResponse>
{
    public Task<MatchResponse> HandleAsync(ReleaseCommitment request, CancellationToken cancellationToken) =>
        MatchWriter.ApplyAsync(db, request.MatchId, request.Precondition, async match =>
        {
            var resource = await db.Resources.SingleAsync(r => r.Id == match.ResourceId, cancellationToken);
            match.Release(resource, caller, request.Reason!, clock.GetUtcNow().UtcDateTime);
        }, cancellationToken);
}
