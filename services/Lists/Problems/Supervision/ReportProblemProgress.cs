using Corridor.BuildingBlocks.Security;
using Corridor.BuildingBlocks.UseCases;
using FluentValidation;

namespace Corridor.Lists.Problems.Supervision;

/// <summary>The responsible or a co-responsible organ reports progress and the support it still needs.</summary>
public sealed record ReportProblemProgress(Guid ProblemId, VersionPrecondition Precondition, string? Text, string? SupportNeeded) : IUseCase<ProblemResponse>;

internal sealed class ReportProblemProgressValidator : AbstractValidator<ReportProblemProgress>
{
    public ReportProblemProgressValidator()
    {
        RuleFor(r => r.Text).NotEmpty().MaximumLength(Problem.MaxText);
        RuleFor(r => r.SupportNeeded).MaximumLength(Problem.MaxText);
    }
}

internal sealed class ReportProblemProgressHandler(ProblemWriter problems, CallerIdentity caller) : IUseCaseHandler<ReportProblemProgress, ProblemResponse>
{
    public Task<ProblemResponse> HandleAsync(ReportProblemProgress request, CancellationToken cancellationToken) =>
        problems.ApplyAsync(request.ProblemId, request.Precondition, p => p.ReportProgress(caller, request.Text!, request.SupportNeeded, problems.Now), cancellationToken);
}
