using Corridor.BuildingBlocks.Security;
using Corridor.BuildingBlocks.UseCases;
using Corridor.Lists.Infrastructure;

namespace Corridor.Lists.Resources.Offering;

/// <summary>The offering organ marks the resource used up.</summary>
public sealed record ExhaustResource(Guid ResourceId, VersionPrecondition Precondition) : IUseCase<ResourceResponse>;

internal sealed class ExhaustResourceHandler(ListsDbContext db, CallerIdentity caller, TimeProvider clock) : IUseCaseHandler<ExhaustResource, ResourceResponse>
{
    public Task<ResourceResponse> HandleAsync(ExhaustResource request, CancellationToken cancellationToken) =>
        ResourceWriter.ApplyAsync(db, request.ResourceId, request.Precondition, r => r.MarkExhausted(caller, clock.GetUtcNow().UtcDateTime), cancellationToken);
}
