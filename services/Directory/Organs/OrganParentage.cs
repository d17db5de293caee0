using Corridor.BuildingBlocks.Domain;
using Corridor.DirectoryService.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Corridor.DirectoryService.Organs;

/// <summary>
/// An organ's parent must be registered and active, and must not lie under the organ itself (no cycles): walking up
/// from the parent never reaches the organ.
/// </summary>
public static class OrganParentage
{
    /// <summary>Deeper than any real hierarchy of organs; a chain this long is refused rather than followed further.</summary>
    public const int MaxDepth = 32;

    /// <param name="organId">The organ whose parent is set; null for an organ not registered yet (it can have no descendants).</param>
    public static async Task CheckAsync(DirectoryDbContext db, string? organId, string? parentOrganId, CancellationToken cancellationToken)
    {
        if (parentOrganId is null)
        {
            return;
        }

        var parent = await ParentOfAsync(db, parentOrganId, cancellationToken)
            ?? throw new DomainRuleException("organ.parent-unknown", $"The parent organ {parentOrganId} is not registered in the directory.");
        if (parent.Status == OrganStatus.Retired)
        {
            throw new DomainRuleException("organ.parent-retired", $"The parent organ {parentOrganId} is retired.");
        }

        await CheckCycleAsync(organId, parentOrganId, async id => (await ParentOfAsync(db, id, cancellationToken))?.ParentOrganId);
    }

    /// <summary>The cycle rule over any lookup of an organ's parent (the database, or organs in memory in tests).</summary>
    public static async Task CheckCycleAsync(string? organId, string parentOrganId, Func<string, Task<string?>> parentOf)
    {
        if (organId is null)
        {
            return;
        }

        string? current = parentOrganId;
        for (var depth = 0; current is not null; depth++)
        {
            if (current == organId)
            {
                throw new DomainRuleException("organ.parent-cycle", $"{parentOrganId} lies under {organId}; it cannot be its parent.");
            }

            if (depth == MaxDepth)
            {
                throw new DomainRuleException("organ.parent-too-deep", $"The parent organ {parentOrganId} lies more than {MaxDepth} levels deep.");
            }

            current = await parentOf(current);
        }
    }

    private static async Task<ParentRow?> ParentOfAsync(DirectoryDbContext db, string organId, CancellationToken cancellationToken) =>
        await db.Organs.AsNoTracking().Where(o => o.OrganId == organId).Select(o => new ParentRow(o.Status, o.ParentOrganId)).SingleOrDefaultAsync(cancellationToken);

    private sealed record ParentRow(OrganStatus Status, string? ParentOrganId);
}
