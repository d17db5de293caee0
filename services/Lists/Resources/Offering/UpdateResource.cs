using Corridor.BuildingBlocks.Security;
using Corridor.BuildingBlocks.UseCases;
using Corridor.Lists.Infrastructure;

namespace Corridor.Lists.Resources.Offering;

/// <summary>The offering organ replaces the resource's content; the version precondition is required (428 / 412).</summary>
public sealed record UpdateResource(
    Guid ResourceId, VersionPrecondition Precondition, string? Title, string? Description, string? Category, decimal? Capacity, string? Unit,
    DateOnly? ValidFrom, DateOnly? ValidTo, string? ExternalReference) : IUseCase<ResourceResponse>, IResourceContent
{
    public ResourceRequest Content => new(Title, Description, Category, Capacity, Unit, ValidFrom, ValidTo, ExternalReference);
}

internal sealed class UpdateResourceValidator : ResourceContentValidator<UpdateResource>;

internal sealed class UpdateResourceHandler(ListsDbContext db, CallerIdentity caller, TimeProvider clock) : IUseCaseHandler<UpdateResource, ResourceResponse>
{
    public Task<ResourceResponse> HandleAsync(UpdateResource request, CancellationToken cancellationToken) =>
        ResourceWriter.ApplyAsync(db, request.ResourceId, request.Precondition.Required, r => r.Update(request.Content.ToInput(), caller, clock.GetUtcNow().UtcDateTime), cancellationToken);
}
