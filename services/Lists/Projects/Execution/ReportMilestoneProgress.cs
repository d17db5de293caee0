using Corridor.BuildingBlocks.Security;
using Corridor.BuildingBlocks.UseCases;
using FluentValidation;

namespace Corridor.Lists.Projects.Execution;

/// <summary>An organ taking part reports a milestone's progress (0–100) while the project is in execution.</summary>
public sealed record ReportMilestoneProgress(Guid ProjectId, VersionPrecondition Precondition, int Milestone, int? Percent, string? Note)
    : IUseCase<ProjectResponse>;

internal sealed class ReportMilestoneProgressValidator : AbstractValidator<ReportMilestoneProgress>
{
    public ReportMilestoneProgressValidator()
    {
        RuleFor(r => r.Percent).NotNull().InclusiveBetween(0, 100).WithMessage("Percent is a whole number from 0 to 100.");
        RuleFor(r => r.Note).MaximumLength(4000);
    }
}

internal sealed class ReportMilestoneProgressHandler(ProjectWriter projects, CallerIdentity caller) : IUseCaseHandler<ReportMilestoneProgress, ProjectResponse>
{
    public Task<ProjectResponse> HandleAsync(ReportMilestoneProgress request, CancellationToken cancellationToken) =>
        projects.ApplyAsync(
            request.ProjectId,
            request.Precondition,
            p => p.ReportMilestone(caller, request.Milestone, request.Percent!.Value, string.IsNullOrWhiteSpace(request.Note) ? null : request.Note, projects.Now),
            cancellationToken);
}
