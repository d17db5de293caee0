using Corridor.BuildingBlocks.Security;
using Corridor.BuildingBlocks.UseCases;
using FluentValidation;

namespace Corridor.Lists.Problems.Supervision;

/// <summary>The raising organ confirms the resolution with a satisfaction of 1–5 (Resolved → Closed).</summary>
public sealed record ConfirmProblem(Guid ProblemId, VersionPrecondition Precondition, int? Satisfaction) : IUseCase<ProblemResponse>;

internal sealed class ConfirmProblemValidator : AbstractValidator<ConfirmProblem>
{
    public ConfirmProblemValidator() => RuleFor(r => r.Satisfaction).NotNull().InclusiveBetween(1, 5);
}

internal sealed class ConfirmProblemHandler(ProblemWriter problems, CallerIdentity caller) : IUseCaseHandler<ConfirmProblem, ProblemResponse>
{
    public Task<ProblemResponse> HandleAsync(ConfirmProblem request, CancellationToken cancellationToken) =>
        problems.ApplyAsync(request.ProblemId, request.Precondition, p => p.Confirm(caller, request.Satisfaction!.Value, problems.Now), cancellationToken);
}
