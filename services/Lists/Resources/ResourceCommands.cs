using Corridor.BuildingBlocks.Domain;
using Corridor.BuildingBlocks.Security;
using Corridor.BuildingBlocks.UseCases;
using Corridor.Lists.Infrastructure;
using FluentValidation;
using FluentValidation.Results;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Lists.Resources;

/// <summary>
/// The resource creations behind the OfferResource and UpsertResource use cases: the offer (with its reference check)
/// and the upsert by external reference. Changes to an existing resource go through <see cref="ResourceWriter"/>.
/// </summary>
internal static class ResourceCommands
{
    /// <summary>Offers the resource and adds it to <paramref name="db"/> without saving.</summary>
    public static async Task<Resource> AddAsync(ListsDbContext db, ResourceInput input, CallerIdentity caller, DateTime now, CancellationToken cancellationToken)
    {
        if (input.ExternalReference is { } reference
            && await db.Resources.AnyAsync(r => r.RegionCode == caller.Region && r.ExternalReference == reference, cancellationToken))
        {
            throw new DomainRuleException(
                "resource.duplicate-reference",
                $"Your region already has a resource with external reference '{reference}'; update it with PUT {ResourceEndpoints.Path}/by-ref/{{externalReference}}.");
        }

        var resource = Resource.Offer(input, caller, now);
        db.Resources.Add(resource);
        return resource;
    }

    /// <summary>
    /// Create, update or confirm unchanged the caller region's resource named by <paramref name="externalReference"/>.
    /// Updating an existing resource requires the precondition; confirming it unchanged only honours it.
    /// </summary>
    public static async Task<(Resource Resource, ResourceUpsertOutcome Outcome)> UpsertAsync(
        ListsDbContext db, string externalReference, ResourceRequest request, CallerIdentity caller, VersionPrecondition precondition, DateTime now, CancellationToken cancellationToken)
    {
        var reference = externalReference.Trim();
        if (reference.Length is 0 or > ResourceRequestValidator.MaxExternalReferenceLength)
        {
            throw new ValidationException([new ValidationFailure(
                "externalReference", $"The external reference must be 1 to {ResourceRequestValidator.MaxExternalReferenceLength} characters.")]);
        }

        if (request.ExternalReference is { Length: > 0 } inBody && inBody.Trim() != reference)
        {
            throw new ValidationException([new ValidationFailure(
                nameof(request.ExternalReference), "The body names another external reference than the address.")]);
        }

        var input = request.ToInput() with { ExternalReference = reference };
        // One read of (region, reference): the precondition is checked against it and the upsert applies to it.
        var existing = await ResourceUpsert.FindAsync(db, caller.Region, reference, cancellationToken);
        var loaded = existing?.Version;
        if (loaded is { } version)
        {
            precondition.Check(version);
        }

        var upserted = ResourceUpsert.Apply(db, existing, input, caller, now);
        if (upserted.Outcome == ResourceUpsertOutcome.Updated)
        {
            // Nothing is saved when this refuses: the change stays in this request's context.
            precondition.Require(loaded!.Value);
        }

        await db.SaveChangesAsync(cancellationToken);
        return upserted;
    }
}
