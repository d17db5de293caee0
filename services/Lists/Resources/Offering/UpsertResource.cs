using Corridor.BuildingBlocks.Security;
using Corridor.BuildingBlocks.UseCases;
using Corridor.Lists.Infrastructure;
using Corridor.Lists.Organs;

namespace Corridor.Lists.Resources.Offering;

/// <summary>
/// Create, update (version precondition required) or confirm unchanged (honoured when given) the caller region's
/// resource named by its own external reference <see cref="Reference"/>. <see cref="ExternalReference"/> is the body's
/// copy of the key, which must agree when given.
/// </summary>
public sealed record UpsertResource(
    string Reference, VersionPrecondition Precondition, string? Title, string? Description, string? Category, decimal? Capacity, string? Unit,
    DateOnly? ValidFrom, DateOnly? ValidTo, string? ExternalReference) : IUseCase<ResourceUpsertResponse>, IResourceContent
{
    public ResourceRequest Content => new(Title, Description, Category, Capacity, Unit, ValidFrom, ValidTo, ExternalReference);
}

internal sealed class UpsertResourceValidator : ResourceContentValidator<UpsertResource>;

internal sealed class UpsertResourceHandler(ListsDbContext db, CallerIdentity caller, TimeProvider clock) : IUseCaseHandler<UpsertResource, ResourceUpsertResponse>
{
    public async Task<ResourceUpsertResponse> HandleAsync(UpsertResource request, CancellationToken cancellationToken)
    {
        var (resource, outcome) = await ResourceCommands.UpsertAsync(
            db, request.Reference, request.Content, caller, request.Precondition, clock.GetUtcNow().UtcDateTime, cancellationToken);
        return new ResourceUpsertResponse(outcome.ToString(), await ResourceResponse.From(resource).NamedAsync(db, cancellationToken));
    }
}
