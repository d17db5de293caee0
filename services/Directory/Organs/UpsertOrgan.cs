using Corridor.BuildingBlocks.Domain;
using Corridor.BuildingBlocks.Security;
using Corridor.BuildingBlocks.UseCases;
using Corridor.DirectoryService.Infrastructure;
using Corridor.DirectoryService.Regions;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace Corridor.DirectoryService.Organs;

public sealed record OrganUpsertResponse(string Outcome, OrganResponse Organ) : IVersionedView
{
    public const string Created = "created";
    public const string Updated = "updated";
    public const string Unchanged = "unchanged";

    long IVersionedView.Version => Organ.Version;
}

/// <summary>
/// The organ a region's own system knows by <see cref="ExternalReference"/>: registered when new, "unchanged" when it
/// says the same (a retried create needs no version), otherwise renamed (today) and updated, which needs the version
/// the caller read. The id and the region of a registered organ never change.
/// </summary>
public sealed record UpsertOrgan(
    string ExternalReference, VersionPrecondition Precondition, string? OrganId, string? RegionCode, string? FullName, string? ShortName, string? Level,
    string? Kind, string? ParentOrganId)
    : IUseCase<OrganUpsertResponse>, IOrganInput;

internal sealed class UpsertOrganAuthorization(CallerIdentity caller) : ReviewerRule<UpsertOrgan>(caller);

internal sealed class UpsertOrganValidator : OrganInputValidator<UpsertOrgan>
{
    public UpsertOrganValidator(DivisionTable divisions)
        : base(divisions) =>
        RuleFor(r => r.ExternalReference).Must(r => r.Trim().Length is > 0 and <= Organ.MaxExternalReference).OverridePropertyName("externalReference")
            .WithMessage($"The external reference must be 1 to {Organ.MaxExternalReference} characters.");
}

internal sealed class UpsertOrganHandler(DirectoryDbContext db, OrganRegistrations registrations, OrganWriters writers, CallerIdentity caller)
    : IUseCaseHandler<UpsertOrgan, OrganUpsertResponse>
{
    public async Task<OrganUpsertResponse> HandleAsync(UpsertOrgan request, CancellationToken cancellationToken)
    {
        var reference = request.ExternalReference.Trim();
        var region = request.RegionCode!;
        writers.EnsureMayWrite(region);
        var fields = request.ToFields();
        for (var attempt = 1; ; attempt++)
        {
            var existing = await db.Organs.AsSplitQuery().SingleOrDefaultAsync(o => o.RegionCode == region && o.ExternalReference == reference, cancellationToken);
            if (existing is not null)
            {
                return await ReviseAsync(existing, request, fields, registrations.Now, cancellationToken);
            }

            try
            {
                return new(OrganUpsertResponse.Created, OrganResponse.From(await registrations.RegisterAsync(request, reference, cancellationToken)));
            }
            catch (DbUpdateException) when (attempt == 1)
            {
                // Another request registered the same reference at the same moment (unique index): answer as an upsert of that one.
                db.ChangeTracker.Clear();
            }
        }
    }

    private async Task<OrganUpsertResponse> ReviseAsync(Organ existing, UpsertOrgan request, OrganFields fields, DateTime now, CancellationToken cancellationToken)
    {
        if (!string.IsNullOrWhiteSpace(request.OrganId) && request.OrganId.Trim() != existing.OrganId)
        {
            throw new DomainRuleException("organ.id-fixed", $"The reference names the organ {existing.OrganId}; an organ's id does not change.");
        }

        if (existing.Fields == fields)
        {
            request.Precondition.Check(existing.Version);
            return new(OrganUpsertResponse.Unchanged, OrganResponse.From(existing));
        }

        var loaded = existing.Version;
        request.Precondition.Require(loaded);
        if (fields.ParentOrganId != existing.ParentOrganId)
        {
            await OrganParentage.CheckAsync(db, existing.OrganId, fields.ParentOrganId, cancellationToken);
        }

        if (fields.FullName != existing.FullName || fields.ShortName != existing.ShortName)
        {
            existing.Rename(caller, fields.FullName, fields.ShortName, effectiveOn: null, now);
        }

        existing.Update(caller, fields.Level, fields.Kind, fields.ParentOrganId, now);
        // The version the caller named was current when checked; another edit saved first makes their copy stale.
        await AggregateChange.SaveAsync(db, db.Organs, existing.Id, loaded, cancellationToken);
        return new(OrganUpsertResponse.Updated, OrganResponse.From(existing));
    }
}
