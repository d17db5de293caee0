using Corridor.BuildingBlocks.Security;
using Corridor.BuildingBlocks.UseCases;

namespace Corridor.Lists.Projects.Review;

/// <summary>The lead region, holding the pen, submits the current revision for review.</summary>
public sealed record SubmitProject(Guid ProjectId, VersionPrecondition Precondition) : IUseCase<ProjectResponse>;

internal sealed class SubmitProjectHandler(ProjectWriter projects, CallerIdentity caller) : IUseCaseHandler<SubmitProject, ProjectResponse>
{
    public Task<ProjectResponse> HandleAsync(SubmitProject request, CancellationToken cancellationToken) =>
        projects.ApplyAsync(request.ProjectId, request.Precondition, p => p.Submit(caller, projects.Policy, projects.Now), cancellationToken);
}
