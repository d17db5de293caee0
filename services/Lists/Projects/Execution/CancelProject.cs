using Corridor.BuildingBlocks.Security;
using Corridor.BuildingBlocks.UseCases;
using FluentValidation;

namespace Corridor.Lists.Projects.Execution;

/// <summary>The lead region or the secretariat cancels an unfinished project, with a reason.</summary>
public sealed record CancelProject(Guid ProjectId, VersionPrecondition Precondition, string? Reason) : IUseCase<ProjectResponse>;

internal sealed class CancelProjectValidator : AbstractValidator<CancelProject>
{
    public CancelProjectValidator() =>
        RuleFor(r => r.Reason).NotEmpty().MaximumLength(4000).WithMessage("A cancellation needs a reason (at most 4000 characters).");
}

internal sealed class CancelProjectHandler(ProjectWriter projects, CallerIdentity caller) : IUseCaseHandler<CancelProject, ProjectResponse>
{
    public Task<ProjectResponse> HandleAsync(CancelProject request, CancellationToken cancellationToken) =>
        projects.ApplyAsync(request.ProjectId, request.Precondition, p => p.Cancel(caller, request.Reason!, projects.Now), cancellationToken);
}
