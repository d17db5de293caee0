using Corridor.BuildingBlocks.Directory;
using Corridor.BuildingBlocks.Persistence;
using Corridor.BuildingBlocks.Reference;
using Corridor.Contracts.Events;
using Microsoft.Extensions.DependencyInjection;

namespace Corridor.Testing;

/// <summary>
/// Makes a service's directory read model know organs and member regions without a Directory service, through the
/// same upserts the event consumers use. Every <see cref="ServiceHost{TMarker}"/> of a service with the read model
/// starts knowing <see cref="DemoOrgans.All"/> and the corridor's member regions.
/// </summary>
public static class KnownOrgansSeeding
{
    public static readonly DateOnly JoinedOn = new(2020, 1, 1);

    private static readonly DateTime SeededAt = new(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    /// <summary>True when the service keeps the read model (it registers <see cref="IOrganDirectory"/>).</summary>
    public static bool KeepsReadModel(IServiceProvider services)
    {
        using var scope = services.CreateScope();
        return scope.ServiceProvider.GetService<IOrganDirectory>() is not null;
    }

    /// <summary>The demo organs and the corridor's member regions.</summary>
    public static Task SeedDemoDirectoryAsync(IServiceProvider services) => SeedDemoDirectoryAsync(() => Open(services));

    /// <summary>The demo organs and the corridor's member regions, in a database <paramref name="open"/> opens (a service run as a process).</summary>
    public static async Task SeedDemoDirectoryAsync(Func<(ServiceDbContext Db, IAsyncDisposable Owner)> open)
    {
        await WriteAsync(open, async db =>
        {
            foreach (var organ in DemoOrgans.All)
            {
                await db.UpsertOrganAsync(Snapshot(organ), 1, SeededAt);
            }
        });
        await WriteAsync(open, async db =>
        {
            foreach (var region in CorridorRegions.All)
            {
                await db.UpsertRegionJoinAsync(region.Code, region.ChineseName, region.ParentCode, JoinedOn, null, 1);
            }
        });
    }

    /// <summary>Registers organs as active (version 1); an organ known already keeps its newer copy.</summary>
    public static Task KnowOrgansAsync(IServiceProvider services, IEnumerable<DemoOrgan> organs, long version = 1, string status = KnownOrgan.ActiveStatus) =>
        WriteAsync(() => Open(services), async db =>
        {
            foreach (var organ in organs)
            {
                await db.UpsertOrganAsync(Snapshot(organ, status), version, SeededAt);
            }
        });

    public static OrganSnapshot Snapshot(DemoOrgan organ, string status = KnownOrgan.ActiveStatus) =>
        new(organ.Id, organ.RegionCode, organ.Name, organ.Name.Length > 4 ? organ.Name[..4] : organ.Name, "Municipal", "WorkingCommittee", null, status);

    private static (ServiceDbContext Db, IAsyncDisposable Owner) Open(IServiceProvider services)
    {
        var scope = services.CreateAsyncScope();
        return (scope.ServiceProvider.GetRequiredService<ServiceDbContext>(), scope);
    }

    // The service's own consumers may store the same rows at the same moment (a Directory in the system publishes its
    // founding members at start): the losing insert is retried in a fresh context, where the version-guarded upsert
    // then finds the row and keeps the newer copy.
    private static async Task WriteAsync(Func<(ServiceDbContext Db, IAsyncDisposable Owner)> open, Func<ServiceDbContext, Task> write)
    {
        for (var attempt = 1; ; attempt++)
        {
            var (db, owner) = open();
            await using (owner)
            {
                await write(db);
                try
                {
                    await db.SaveChangesAsync();
                    return;
                }
                catch (Microsoft.EntityFrameworkCore.DbUpdateException) when (attempt < 5)
                {
                    // Another writer won the insert; the next attempt reads its row.
                }
            }
        }
    }
}
