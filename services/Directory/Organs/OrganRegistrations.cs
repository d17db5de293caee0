using Corridor.BuildingBlocks.Domain;
using Corridor.BuildingBlocks.Idempotency;
using Corridor.BuildingBlocks.Security;
using Corridor.DirectoryService.Infrastructure;
using Corridor.DirectoryService.Regions;
using Microsoft.EntityFrameworkCore;

namespace Corridor.DirectoryService.Organs;

/// <summary>
/// Registering an organ, for the register and upsert use cases: the caller may write the region, the region is a member
/// today, the id is new (or issued now), the parent is registered and active.
/// </summary>
internal sealed class OrganRegistrations(DirectoryDbContext db, OrganWriters writers, CallerIdentity caller, IdempotentWrites writes, TimeProvider clock)
{
    public DateTime Now { get; } = clock.GetUtcNow().UtcDateTime;

    public async Task<Organ> RegisterAsync(IOrganInput input, string? externalReference, CancellationToken cancellationToken)
    {
        var region = input.RegionCode!;
        writers.EnsureMayWrite(region);
        if (!await Memberships.IsMemberOnAsync(db, region, DateOnly.FromDateTime(Now), cancellationToken))
        {
            throw new DomainRuleException("organ.region-not-member", $"The region {region} is not a member of the conference today; the secretariat admits regions.");
        }

        var fields = input.ToFields();
        await OrganParentage.CheckAsync(db, organId: null, fields.ParentOrganId, cancellationToken);
        var given = string.IsNullOrWhiteSpace(input.OrganId) ? null : input.OrganId.Trim();
        if (given is not null && await db.Organs.AnyAsync(o => o.OrganId == given, cancellationToken))
        {
            throw new AlreadyExistsException("organ.already-registered", $"The organ {given} is registered already.");
        }

        if (externalReference is not null && await db.Organs.AnyAsync(o => o.RegionCode == region && o.ExternalReference == externalReference, cancellationToken))
        {
            throw new DomainRuleException("organ.reference-taken", $"The region {region} has an organ with the external reference '{externalReference}' already.");
        }

        var organ = given is null
            ? Organ.Register(caller, await NextConferenceIdAsync(region, cancellationToken), OrganIdKind.ConferenceId, region, fields, externalReference, Now)
            : Organ.Register(caller, given, OrganIdKind.CreditCode, region, fields, externalReference, Now);
        db.Organs.Add(organ);
        await writes.SaveAsync(cancellationToken, () => ExplainConflictAsync(organ));
        return organ;
    }

    private async Task<string> NextConferenceIdAsync(string region, CancellationToken cancellationToken)
    {
        var prefix = OrganIdentifiers.ConferenceId(region, 0)[..8];
        var last = await db.Organs.AsNoTracking()
            .Where(o => o.IdKind == OrganIdKind.ConferenceId && o.OrganId.StartsWith(prefix))
            .OrderByDescending(o => o.OrganId)
            .Select(o => o.OrganId)
            .FirstOrDefaultAsync(cancellationToken);
        return OrganIdentifiers.ConferenceId(region, OrganIdentifiers.SerialOf(last) + 1);
    }

    // The unique indexes refused the row: the same id (or the next conference id, or the reference) was registered meanwhile.
    private async Task ExplainConflictAsync(Organ organ)
    {
        db.ChangeTracker.Clear();
        if (await db.Organs.AnyAsync(o => o.OrganId == organ.OrganId))
        {
            throw new AlreadyExistsException("organ.already-registered", $"The organ {organ.OrganId} was registered meanwhile; send the request again.");
        }
    }
}
