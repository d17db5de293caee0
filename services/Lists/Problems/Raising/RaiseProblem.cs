using Corridor.BuildingBlocks.Idempotency;
using Corridor.BuildingBlocks.Security;
using Corridor.BuildingBlocks.UseCases;
using Corridor.Lists.Infrastructure;
using Corridor.Lists.Organs;

namespace Corridor.Lists.Problems.Raising;

/// <summary>
/// The caller's organ raises a problem for the caller's region; an external reference is unique per region. Saved
/// through <see cref="IdempotentWrites"/>: a retried REST raise with the same Idempotency-Key answers the first one.
/// </summary>
public sealed record RaiseProblem(
    string? Title, string? Description, string? Category, string? Severity, string? EnterpriseCreditCode, string? ExternalReference) : IUseCase<ProblemResponse>, IProblemContent
{
    public static RaiseProblem From(IProblemContent c) => new(c.Title, c.Description, c.Category, c.Severity, c.EnterpriseCreditCode, c.ExternalReference);
}

internal sealed class RaiseProblemValidator : ProblemContentValidator<RaiseProblem>;

internal sealed class RaiseProblemHandler(ListsDbContext db, IdempotentWrites writes, CallerIdentity caller, TimeProvider clock) : IUseCaseHandler<RaiseProblem, ProblemResponse>
{
    public async Task<ProblemResponse> HandleAsync(RaiseProblem request, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var problem = await ProblemRaising.AddAsync(db, request, caller, now, cancellationToken);
        var raised = await ProblemResponse.From(problem, DateOnly.FromDateTime(now)).NamedAsync(db, cancellationToken);
        await writes.SaveAsync(cancellationToken, () => ProblemRaising.ExplainAsync(db, problem));
        return raised;
    }
}
