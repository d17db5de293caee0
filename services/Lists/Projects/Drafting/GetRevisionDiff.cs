using Corridor.BuildingBlocks.UseCases;
using Corridor.Lists.Infrastructure;

namespace Corridor.Lists.Projects.Drafting;

/// <summary>The fields that differ between two saved revisions of a project, with their values before and after.</summary>
public sealed record GetRevisionDiff(Guid ProjectId, int From, int To) : IUseCase<RevisionDiffResponse>;

internal sealed class GetRevisionDiffHandler(ListsDbContext db) : IUseCaseHandler<GetRevisionDiff, RevisionDiffResponse>
{
    public Task<RevisionDiffResponse> HandleAsync(GetRevisionDiff request, CancellationToken cancellationToken) =>
        ProjectQueries.DiffAsync(db, request.ProjectId, request.From, request.To, cancellationToken);
}
