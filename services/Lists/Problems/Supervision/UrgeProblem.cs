using Corridor.BuildingBlocks.Security;
using Corridor.BuildingBlocks.UseCases;
using FluentValidation;

namespace Corridor.Lists.Problems.Supervision;

/// <summary>催办: any member of the conference presses for a problem still being handled.</summary>
public sealed record UrgeProblem(Guid ProblemId, VersionPrecondition Precondition, string? Note) : IUseCase<ProblemResponse>;

internal sealed class UrgeProblemValidator : AbstractValidator<UrgeProblem>
{
    public UrgeProblemValidator() => RuleFor(r => r.Note).MaximumLength(Problem.MaxText);
}

internal sealed class UrgeProblemHandler(ProblemWriter problems, CallerIdentity caller, UrgingOptions options) : IUseCaseHandler<UrgeProblem, ProblemResponse>
{
    public Task<ProblemResponse> HandleAsync(UrgeProblem request, CancellationToken cancellationToken) =>
        problems.ApplyAsync(request.ProblemId, request.Precondition, p => p.Urge(caller, request.Note, problems.Now, options.MaxPerOrganPerDay), cancellationToken);
}
