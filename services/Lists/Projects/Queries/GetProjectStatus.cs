using Corridor.BuildingBlocks.Domain;
using Corridor.BuildingBlocks.UseCases;
using Corridor.Lists.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Lists.Projects.Queries;

/// <summary>Teams asks before deploying a team: the project's status, revision and title, read from the database (authoritative).</summary>
public sealed record GetProjectStatus(Guid ProjectId) : IUseCase<ProjectStatusView>;

public sealed record ProjectStatusView(Guid ProjectId, ProjectStatus Status, int Revision, long Version, string Title)
{
    public bool Approved => Status == ProjectStatus.Approved;
}

internal sealed class GetProjectStatusHandler(ListsDbContext db) : IUseCaseHandler<GetProjectStatus, ProjectStatusView>
{
    public async Task<ProjectStatusView> HandleAsync(GetProjectStatus request, CancellationToken cancellationToken) =>
        await db.Projects.AsNoTracking().Where(p => p.Id == request.ProjectId)
            .Select(p => new ProjectStatusView(p.Id, p.Status, p.Revision, p.Version, p.Title))
            .SingleOrDefaultAsync(cancellationToken)
        ?? throw new NotFoundException("Project", request.ProjectId.ToString());
}
