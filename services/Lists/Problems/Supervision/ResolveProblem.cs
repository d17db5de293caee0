using Corridor.BuildingBlocks.Security;
using Corridor.BuildingBlocks.UseCases;
using FluentValidation;

namespace Corridor.Lists.Problems.Supervision;

/// <summary>The responsible organ resolves the problem (InProgress → Resolved).</summary>
public sealed record ResolveProblem(Guid ProblemId, VersionPrecondition Precondition, string? Resolution) : IUseCase<ProblemResponse>;

internal sealed class ResolveProblemValidator : AbstractValidator<ResolveProblem>
{
    public ResolveProblemValidator() => RuleFor(r => r.Resolution).NotEmpty().MaximumLength(Problem.MaxText);
}

internal sealed class ResolveProblemHandler(ProblemWriter problems, CallerIdentity caller) : IUseCaseHandler<ResolveProblem, ProblemResponse>
{
    public Task<ProblemResponse> HandleAsync(ResolveProblem request, CancellationToken cancellationToken) =>
        problems.ApplyAsync(request.ProblemId, request.Precondition, p => p.Resolve(caller, request.Resolution!, problems.Now), cancellationToken);
}
