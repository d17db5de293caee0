using Corridor.BuildingBlocks.Domain;
using Corridor.DirectoryService.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Corridor.DirectoryService.Organs;

/// <summary>Reading organs without their audit trail: each read is one query.</summary>
internal static class OrganReads
{
    /// <summary>The organs as rows; filter <paramref name="organs"/> before, as the row's constructor hides its columns from SQL.</summary>
    public static IQueryable<OrganRow> Rows(IQueryable<Organ> organs) => organs.AsNoTracking().Select(o => new OrganRow(
        o.Id, o.OrganId, o.IdKind, o.RegionCode, o.FullName, o.ShortName, o.Level, o.Kind, o.ParentOrganId, o.Status, o.RetiredOn, o.RetireReason,
        o.ExternalReference, o.Names, o.Version, o.RegisteredAt, o.UpdatedAt));

    public static async Task<OrganRow> GetAsync(DirectoryDbContext db, string? organId, CancellationToken cancellationToken) =>
        await Rows(db.Organs.Where(o => o.OrganId == organId)).SingleOrDefaultAsync(cancellationToken) ?? throw new NotFoundException(nameof(Organ), organId ?? "");

    /// <summary>The key of the organ <paramref name="organId"/> names, or 404 / NOT_FOUND.</summary>
    public static async Task<Guid> KeyOfAsync(DirectoryDbContext db, string? organId, CancellationToken cancellationToken)
    {
        var keys = await db.Organs.AsNoTracking().Where(o => o.OrganId == organId).Select(o => o.Id).Take(1).ToListAsync(cancellationToken);
        return keys.Count == 1 ? keys[0] : throw new NotFoundException(nameof(Organ), organId ?? "");
    }
}
