using Corridor.BuildingBlocks.Security;
using Corridor.BuildingBlocks.UseCases;

namespace Corridor.Lists.Projects.Execution;

/// <summary>The lead region starts executing the approved project, on <see cref="StartedOn"/> (today, UTC, when not given).</summary>
public sealed record StartExecution(Guid ProjectId, VersionPrecondition Precondition, DateOnly? StartedOn) : IUseCase<ProjectResponse>;

internal sealed class StartExecutionHandler(ProjectWriter projects, CallerIdentity caller) : IUseCaseHandler<StartExecution, ProjectResponse>
{
    public Task<ProjectResponse> HandleAsync(StartExecution request, CancellationToken cancellationToken) =>
        projects.ApplyAsync(
            request.ProjectId, request.Precondition, p => p.StartExecution(caller, request.StartedOn ?? projects.Today, projects.Now), cancellationToken);
}
