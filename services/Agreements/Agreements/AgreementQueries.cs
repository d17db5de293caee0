using Corridor.Agreements.Agreements.Queries;
using Corridor.Agreements.Infrastructure;
using Corridor.BuildingBlocks.Domain;
using Corridor.BuildingBlocks.UseCases;
using Corridor.BuildingBlocks.Web;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Agreements.Agreements;

/// <summary>Reads shared by REST and gRPC.</summary>
internal static class AgreementQueries
{
    public const int MaxPage = 200;

    public static async Task<Agreement> GetAsync(AgreementsDbContext db, Guid id, CancellationToken cancellationToken) =>
        await db.Agreements.AsNoTracking().AsSplitQuery().SingleOrDefaultAsync(a => a.Id == id, cancellationToken)
        ?? throw new NotFoundException("Agreement", id.ToString());

    /// <summary>Pairing agreements in force that share a party with <paramref name="organIds"/>: what the overlap rule compares against.</summary>
    public static async Task<IReadOnlyList<Agreement>> PairingsInForceAsync(
        AgreementsDbContext db, Guid except, IReadOnlyCollection<string> organIds, CancellationToken cancellationToken) =>
        await db.Agreements.AsNoTracking().AsSplitQuery()
            .Where(a => a.Id != except && a.Kind == AgreementKind.PairingAgreement && Agreement.InForce.Contains(a.Status)
                && a.Parties.Any(p => organIds.Contains(p.OrganId)))
            .ToListAsync(cancellationToken);

    public static async Task<KeysetPage<Agreement>> ListAsync(AgreementsDbContext db, ListAgreements filter, CancellationToken cancellationToken)
    {
        var (status, kind, region, organ) = (filter.Status, filter.Kind, filter.Region, filter.Organ);
        var after = ListFilter.Cursor(filter.Cursor, "cursor", ListAgreements.CursorScope);
        var limit = filter.Limit ?? ListFilter.DefaultLimit;
        var query = db.Agreements.AsNoTracking().AsSplitQuery();
        if (Enum.TryParse<AgreementStatus>(status, ignoreCase: true, out var wantedStatus))
        {
            query = query.Where(a => a.Status == wantedStatus);
        }

        if (Enum.TryParse<AgreementKind>(kind, ignoreCase: true, out var wantedKind))
        {
            query = query.Where(a => a.Kind == wantedKind);
        }

        if (!string.IsNullOrEmpty(region))
        {
            query = query.Where(a => a.Parties.Any(p => p.RegionCode == region));
        }

        if (!string.IsNullOrEmpty(organ))
        {
            query = query.Where(a => a.Parties.Any(p => p.OrganId == organ));
        }

        var rows = await query.PageAfter(a => a.CreatedAt, a => a.Id, after, limit).ToListAsync(cancellationToken);
        var next = rows.Count > limit ? new PageCursor(rows[limit - 1].CreatedAt, rows[limit - 1].Id).Encode(ListAgreements.CursorScope) : null;
        return new KeysetPage<Agreement>(rows.Take(limit).ToArray(), next);
    }

    /// <summary>Agreements in force whose term ends between today and today + <paramref name="withinDays"/>, soonest first.</summary>
    public static async Task<IReadOnlyList<Agreement>> ExpiringAsync(AgreementsDbContext db, DateOnly today, int withinDays, CancellationToken cancellationToken)
    {
        var last = today.AddDays(withinDays);
        return await db.Agreements.AsNoTracking().AsSplitQuery()
            .Where(a => Agreement.InForce.Contains(a.Status) && a.TermEnd != null && a.TermEnd >= today && a.TermEnd <= last)
            .OrderBy(a => a.TermEnd).ThenBy(a => a.Id)
            .Take(MaxPage)
            .ToListAsync(cancellationToken);
    }
}
