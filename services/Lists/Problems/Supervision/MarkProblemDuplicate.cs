using Corridor.BuildingBlocks.Domain;
using Corridor.BuildingBlocks.Security;
using Corridor.BuildingBlocks.UseCases;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Lists.Problems.Supervision;

/// <summary>A supervisor marks the problem a duplicate of the surviving one, which must exist (and may not be itself: the domain refuses that).</summary>
public sealed record MarkProblemDuplicate(Guid ProblemId, VersionPrecondition Precondition, Guid? DuplicateOf) : IUseCase<ProblemResponse>;

internal sealed class MarkProblemDuplicateValidator : AbstractValidator<MarkProblemDuplicate>
{
    public MarkProblemDuplicateValidator() => RuleFor(r => r.DuplicateOf).NotNull().NotEqual(Guid.Empty);
}

internal sealed class MarkProblemDuplicateHandler(ProblemWriter problems, CallerIdentity caller) : IUseCaseHandler<MarkProblemDuplicate, ProblemResponse>
{
    public Task<ProblemResponse> HandleAsync(MarkProblemDuplicate request, CancellationToken cancellationToken) =>
        problems.ApplyAsync(request.ProblemId, request.Precondition, async p =>
        {
            var survivorId = request.DuplicateOf!.Value;
            var survivor = p.Id == survivorId ? p : await problems.Db.Problems.AsNoTracking().SingleOrDefaultAsync(s => s.Id == survivorId, cancellationToken)
                ?? throw new NotFoundException("Problem", survivorId.ToString());
            p.MarkDuplicateOf(caller, survivor, problems.Now);
        }, cancellationToken);
}
