using Corridor.BuildingBlocks.Security;
using Corridor.BuildingBlocks.UseCases;
using Corridor.Lists.Infrastructure;
using Corridor.Lists.Organs;
using Corridor.Lists.Submissions;

namespace Corridor.Lists.Problems.Raising;

/// <summary>
/// One problem keyed by the caller region's external reference <see cref="Reference"/> (see <see cref="ProblemUpsert"/>):
/// raised when new, Unchanged when the content is the same, otherwise refused by the list's update rule.
/// <see cref="ExternalReference"/> is the body's copy of the key, which must agree when given.
/// </summary>
public sealed record UpsertProblem(
    string Reference, VersionPrecondition Precondition, string? Title, string? Description, string? Category, string? Severity,
    string? EnterpriseCreditCode, string? ExternalReference) : IUseCase<ProblemUpsertResponse>, IProblemContent;

internal sealed class UpsertProblemValidator : ProblemContentValidator<UpsertProblem>;

internal sealed class UpsertProblemHandler(ListsDbContext db, IListSubmission<RaiseProblemRequest, Problem> list, CallerIdentity caller, TimeProvider clock)
    : IUseCaseHandler<UpsertProblem, ProblemUpsertResponse>
{
    public async Task<ProblemUpsertResponse> HandleAsync(UpsertProblem request, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var content = new RaiseProblemRequest(request.Title, request.Description, request.Category, request.Severity, request.EnterpriseCreditCode, request.ExternalReference);
        var (problem, outcome) = await ProblemUpsert.ApplyAsync(db, list, request.Reference, content, caller, request.Precondition, now, cancellationToken);
        return new ProblemUpsertResponse(outcome, await ProblemResponse.From(problem, DateOnly.FromDateTime(now)).NamedAsync(db, cancellationToken));
    }
}
