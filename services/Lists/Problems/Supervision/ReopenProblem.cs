using Corridor.BuildingBlocks.Security;
using Corridor.BuildingBlocks.UseCases;
using FluentValidation;

namespace Corridor.Lists.Problems.Supervision;

/// <summary>The raising organ does not accept the resolution (Resolved → Reopened).</summary>
public sealed record ReopenProblem(Guid ProblemId, VersionPrecondition Precondition, string? Reason) : IUseCase<ProblemResponse>;

internal sealed class ReopenProblemValidator : AbstractValidator<ReopenProblem>
{
    public ReopenProblemValidator() => RuleFor(r => r.Reason).NotEmpty().MaximumLength(Problem.MaxText);
}

internal sealed class ReopenProblemHandler(ProblemWriter problems, CallerIdentity caller) : IUseCaseHandler<ReopenProblem, ProblemResponse>
{
    public Task<ProblemResponse> HandleAsync(ReopenProblem request, CancellationToken cancellationToken) =>
        problems.ApplyAsync(request.ProblemId, request.Precondition, p => p.Reopen(caller, request.Reason!, problems.Now), cancellationToken);
}
