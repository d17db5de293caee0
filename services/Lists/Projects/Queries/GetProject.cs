using Corridor.BuildingBlocks.UseCases;
using Corridor.Lists.Infrastructure;

namespace Corridor.Lists.Projects.Queries;

/// <summary>One project with its agreement state and deployed teams.</summary>
public sealed record GetProject(Guid ProjectId) : IUseCase<ProjectResponse>;

internal sealed class GetProjectHandler(ListsDbContext db, ProjectWriter projects) : IUseCaseHandler<GetProject, ProjectResponse>
{
    public Task<ProjectResponse> HandleAsync(GetProject request, CancellationToken cancellationToken) =>
        ProjectResponseQuery.GetAsync(db, request.ProjectId, projects.Policy, projects.Now, cancellationToken);
}
