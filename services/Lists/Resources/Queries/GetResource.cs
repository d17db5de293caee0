using Corridor.BuildingBlocks.UseCases;
using Corridor.Lists.Infrastructure;
using Corridor.Lists.Organs;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Lists.Resources.Queries;

/// <summary>One resource as offered, with its status.</summary>
public sealed record GetResource(Guid ResourceId) : IUseCase<ResourceResponse>;

internal sealed class GetResourceHandler(ListsDbContext db) : IUseCaseHandler<GetResource, ResourceResponse>
{
    public async Task<ResourceResponse> HandleAsync(GetResource request, CancellationToken cancellationToken) =>
        await ResourceResponse.From(ResourceQuery.EnsureFound(
            await db.Resources.AsNoTracking().SingleOrDefaultAsync(r => r.Id == request.ResourceId, cancellationToken), request.ResourceId)).NamedAsync(db, cancellationToken);
}
