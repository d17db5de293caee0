using Corridor.BuildingBlocks.Security;
using Corridor.BuildingBlocks.UseCases;
using Corridor.Lists.Infrastructure;
using FluentValidation;

namespace Corridor.Lists.Matching.Commitments;

/// <summary>One side declines a proposed match, saying why.</summary>
public sealed record DeclineMatch(Guid MatchId, VersionPrecondition Precondition, string? Reason) : IUseCase<MatchResponse>;

internal sealed class DeclineMatchValidator : AbstractValidator<DeclineMatch>
{
    public DeclineMatchValidator() => RuleFor(r => r.Reason).NotEmpty().MaximumLength(Match.MaxReason);
}

internal sealed class DeclineMatchHandler(ListsDbContext db, CallerIdentity caller, TimeProvider clock) : IUseCaseHandler<DeclineMatch, MatchResponse>
{
    public Task<MatchResponse> HandleAsync(DeclineMatch request, CancellationToken cancellationToken) =>
        MatchWriter.ApplyAsync(db, request.MatchId, request.Precondition, match =>
        {
            match.Decline(caller, request.Reason!, clock.GetUtcNow().UtcDateTime);
            return Task.CompletedTask;
        }, cancellationToken);
}
