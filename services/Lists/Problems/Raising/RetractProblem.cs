using Corridor.BuildingBlocks.Security;
using Corridor.BuildingBlocks.UseCases;
using Corridor.Lists.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Lists.Problems.Raising;

/// <summary>
/// The raising region withdraws a problem nobody acted on yet (see <see cref="Problem.Retract"/>) and it is deleted;
/// the version precondition is required. ProblemRetracted goes out with the version the answer names.
/// </summary>
public sealed record RetractProblem(Guid ProblemId, VersionPrecondition Precondition) : IUseCase<RetractedProblem>;

public sealed record RetractedProblem(Guid Id, long Version);

internal sealed class RetractProblemHandler(ListsDbContext db, CallerIdentity caller, TimeProvider clock) : IUseCaseHandler<RetractProblem, RetractedProblem>
{
    public async Task<RetractedProblem> HandleAsync(RetractProblem request, CancellationToken cancellationToken)
    {
        var id = request.ProblemId;
        var retracted = await AggregateChange.ApplyAsync(db, db.Problems, id, request.Precondition.Required, async problem =>
        {
            var referenced = await db.Matches.AnyAsync(m => m.ProblemId == id, cancellationToken)
                || await db.Problems.AnyAsync(p => p.DuplicateOfId == id, cancellationToken);
            problem.Retract(caller, referenced, clock.GetUtcNow().UtcDateTime);
            db.Problems.Remove(problem);
        }, cancellationToken);
        return new RetractedProblem(retracted.Id, retracted.Version);
    }
}
