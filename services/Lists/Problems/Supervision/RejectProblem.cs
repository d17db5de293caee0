using Corridor.BuildingBlocks.Security;
using Corridor.BuildingBlocks.UseCases;
using FluentValidation;

namespace Corridor.Lists.Problems.Supervision;

/// <summary>A supervisor of the handling region rejects the problem, saying why.</summary>
public sealed record RejectProblem(Guid ProblemId, VersionPrecondition Precondition, string? Reason) : IUseCase<ProblemResponse>;

internal sealed class RejectProblemValidator : AbstractValidator<RejectProblem>
{
    public RejectProblemValidator() => RuleFor(r => r.Reason).NotEmpty().MaximumLength(Problem.MaxText);
}

internal sealed class RejectProblemHandler(ProblemWriter problems, CallerIdentity caller) : IUseCaseHandler<RejectProblem, ProblemResponse>
{
    public Task<ProblemResponse> HandleAsync(RejectProblem request, CancellationToken cancellationToken) =>
        problems.ApplyAsync(request.ProblemId, request.Precondition, p => p.Reject(caller, request.Reason!, problems.Now), cancellationToken);
}
