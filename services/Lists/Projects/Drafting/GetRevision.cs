using Corridor.BuildingBlocks.UseCases;
using Corridor.Lists.Infrastructure;
using Corridor.Lists.Organs;

namespace Corridor.Lists.Projects.Drafting;

/// <summary>The content of one saved revision of a project.</summary>
public sealed record GetRevision(Guid ProjectId, int Number) : IUseCase<RevisionResponse>;

internal sealed class GetRevisionHandler(ListsDbContext db) : IUseCaseHandler<GetRevision, RevisionResponse>
{
    public async Task<RevisionResponse> HandleAsync(GetRevision request, CancellationToken cancellationToken)
    {
        var project = await ProjectQueries.GetAsync(db, request.ProjectId, cancellationToken);
        var revision = ProjectQueries.Revision(project, request.Number, "number");
        return await new RevisionResponse(revision.Number, revision.SavedBy, revision.SavedByOrganId, revision.SavedAt, revision.Read()).NamedAsync(db, cancellationToken);
    }
}
