using Corridor.BuildingBlocks.Idempotency;
using Corridor.BuildingBlocks.Security;
using Corridor.BuildingBlocks.UseCases;
using Corridor.Lists.Infrastructure;
using Corridor.Lists.Organs;

namespace Corridor.Lists.Resources.Offering;

/// <summary>
/// The caller's organ offers a resource for the caller's region; an external reference is unique per region. Saved
/// through <see cref="IdempotentWrites"/>: a retried REST offer with the same Idempotency-Key answers the first one.
/// </summary>
public sealed record OfferResource(
    string? Title, string? Description, string? Category, decimal? Capacity, string? Unit, DateOnly? ValidFrom, DateOnly? ValidTo, string? ExternalReference)
    : IUseCase<ResourceResponse>, IResourceContent
{
    public static OfferResource From(IResourceContent c) => new(c.Title, c.Description, c.Category, c.Capacity, c.Unit, c.ValidFrom, c.ValidTo, c.ExternalReference);

    public ResourceRequest Content => new(Title, Description, Category, Capacity, Unit, ValidFrom, ValidTo, ExternalReference);
}

internal sealed class OfferResourceValidator : ResourceContentValidator<OfferResource>;

internal sealed class OfferResourceHandler(ListsDbContext db, IdempotentWrites writes, CallerIdentity caller, TimeProvider clock) : IUseCaseHandler<OfferResource, ResourceResponse>
{
    public async Task<ResourceResponse> HandleAsync(OfferResource request, CancellationToken cancellationToken)
    {
        var resource = await ResourceCommands.AddAsync(db, request.Content.ToInput(), caller, clock.GetUtcNow().UtcDateTime, cancellationToken);
        var offered = ResourceResponse.From(resource);
        await writes.SaveAsync(cancellationToken);
        return await offered.NamedAsync(db, cancellationToken);
    }
}
