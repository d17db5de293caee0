using Corridor.BuildingBlocks.Security;
using Corridor.BuildingBlocks.UseCases;

namespace Corridor.Lists.Projects.Execution;

/// <summary>The lead region declares the project completed on <see cref="CompletedOn"/> (today, UTC, when not given).</summary>
public sealed record CompleteProject(Guid ProjectId, VersionPrecondition Precondition, DateOnly? CompletedOn) : IUseCase<ProjectResponse>;

internal sealed class CompleteProjectHandler(ProjectWriter projects, CallerIdentity caller) : IUseCaseHandler<CompleteProject, ProjectResponse>
{
    public Task<ProjectResponse> HandleAsync(CompleteProject request, CancellationToken cancellationToken) =>
        projects.ApplyAsync(
            request.ProjectId, request.Precondition, p => p.Complete(caller, request.CompletedOn ?? projects.Today, projects.Now), cancellationToken);
}
