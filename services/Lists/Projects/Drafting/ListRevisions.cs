using Corridor.BuildingBlocks.UseCases;
using Corridor.Lists.Infrastructure;
using Corridor.Lists.Organs;

namespace Corridor.Lists.Projects.Drafting;

/// <summary>Every saved revision of a project, oldest first, with who saved it and which fields changed.</summary>
public sealed record ListRevisions(Guid ProjectId) : IUseCase<IReadOnlyList<RevisionSummary>>;

internal sealed class ListRevisionsHandler(ListsDbContext db) : IUseCaseHandler<ListRevisions, IReadOnlyList<RevisionSummary>>
{
    public async Task<IReadOnlyList<RevisionSummary>> HandleAsync(ListRevisions request, CancellationToken cancellationToken)
    {
        var project = await ProjectQueries.GetAsync(db, request.ProjectId, cancellationToken);
        IReadOnlyList<RevisionSummary> revisions = project.Revisions.OrderBy(r => r.Number)
            .Select(r => new RevisionSummary(r.Number, r.SavedBy, r.SavedByOrganId, r.SavedByRegionCode, r.SavedAt, r.ChangedFields.Split(',', StringSplitOptions.RemoveEmptyEntries)))
            .ToArray();
        return await revisions.NamedAsync(db, cancellationToken);
    }
}
