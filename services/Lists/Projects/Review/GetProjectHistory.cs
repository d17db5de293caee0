using Corridor.BuildingBlocks.UseCases;
using Corridor.Lists.Infrastructure;
using Corridor.Lists.Organs;

namespace Corridor.Lists.Projects.Review;

/// <summary>A project's audit trail, oldest first: who did what to which revision, from which status to which, and why.</summary>
public sealed record GetProjectHistory(Guid ProjectId) : IUseCase<IReadOnlyList<ProjectTransitionResponse>>;

internal sealed class GetProjectHistoryHandler(ListsDbContext db) : IUseCaseHandler<GetProjectHistory, IReadOnlyList<ProjectTransitionResponse>>
{
    public async Task<IReadOnlyList<ProjectTransitionResponse>> HandleAsync(GetProjectHistory request, CancellationToken cancellationToken)
    {
        var project = await ProjectQueries.GetAsync(db, request.ProjectId, cancellationToken);
        IReadOnlyList<ProjectTransitionResponse> lines = project.History.OrderBy(h => h.At).ThenBy(h => h.Id)
            .Select(h => new ProjectTransitionResponse(h.Action, h.From?.ToString(), h.To.ToString(), h.Revision, h.By, h.ByOrganId, h.ByRegionCode, h.At, h.Note))
            .ToArray();
        return await lines.NamedAsync(db, cancellationToken);
    }
}
