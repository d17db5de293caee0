using Corridor.BuildingBlocks.Reference;
using Corridor.DirectoryService.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Corridor.DirectoryService.Regions;

/// <summary>
/// The conference's founding members: the 22 regions the services were built with (CorridorRegions), members from
/// <see cref="JoinedOn"/>. Seeded once, into an empty membership table; from then on regions join and leave through
/// the API only, and the seed never runs again (not even after every region left).
/// </summary>
public static class FoundingMembers
{
    /// <summary>The conference's records start in 2023; the founding members are members from its first day.</summary>
    public static readonly DateOnly JoinedOn = new(2023, 1, 1);

    public const string Role = "founding member";

    public static async Task SeedFoundingMembersAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DirectoryDbContext>();
        var now = scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        if (await SeedAsync(db, DivisionTable.Shipped, now, CancellationToken.None) is var seeded and > 0)
        {
            app.Logger.LogInformation("Seeded {Count} founding member regions", seeded);
        }
    }

    /// <returns>How many memberships were added (0 when the table held any).</returns>
    public static async Task<int> SeedAsync(DirectoryDbContext db, DivisionTable divisions, DateTime now, CancellationToken cancellationToken)
    {
        if (await db.Memberships.AnyAsync(cancellationToken))
        {
            return 0;
        }

        var founders = CorridorRegions.All
            .Select(r => divisions.Find(r.Code) ?? throw new InvalidOperationException($"The founding member {r.Code} is not in the GB/T 2260 table."))
            .Select(d => RegionMembership.Join(d, JoinedOn, Role, previous: null, now))
            .ToList();
        db.Memberships.AddRange(founders);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return founders.Count;
        }
        catch (DbUpdateException)
        {
            // Two instances starting together on one SQL Server database: the open-period index lets one seed win.
            db.ChangeTracker.Clear();
            if (await db.Memberships.AnyAsync(cancellationToken))
            {
                return 0;
            }

            throw;
        }
    }
}
