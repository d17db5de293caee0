using Corridor.BuildingBlocks.Directory;
using Corridor.BuildingBlocks.Persistence;
using Corridor.BuildingBlocks.Reference;
using Microsoft.Extensions.DependencyInjection;

namespace Corridor.Testing;

/// <summary>
/// Makes a service's directory read model know organs and member regions without a Directory service, through the
/// same upserts the event consumers use. Every <see cref="ServiceHost{TMarker}"/> of a service with the read model
/// starts knowing <see cref="DemoOrgans.All"/> and the corridor's member regions.
/// </summary>
public static class KnownOrgansSeeding
{
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
        await WriteEachAsync(open, DemoOrgans.All, (db, organ) =>
            db.UpsertOrganAsync(DemoDirectory.Snapshot(organ), 1, DemoDirectory.RegisteredAt));
        await WriteEachAsync(open, CorridorRegions.All, (db, region) =>
            db.UpsertRegionJoinAsync(region.Code, region.ChineseName, region.ParentCode, DemoDirectory.JoinedOn, null, 1));
    }

    /// <summary>Registers organs as active (version 1); an organ known already keeps its newer copy.</summary>
    public static Task KnowOrgansAsync(IServiceProvider services, IEnumerable<DemoOrgan> organs, long version = 1, string status = KnownOrgan.ActiveStatus) =>
        WriteEachAsync(() => Open(services), organs, (db, organ) =>
            db.UpsertOrganAsync(DemoDirectory.Snapshot(organ, status: status), version, DemoDirectory.RegisteredAt));

    private static (ServiceDbContext Db, IAsyncDisposable Owner) Open(IServiceProvider services)
    {
        var scope = services.CreateAsyncScope();
        return (scope.ServiceProvider.GetRequiredService<ServiceDbContext>(), scope);
    }

    // The service's own consumers may store the same rows at the same moment (a Directory in the system publishes its
    // founding members at start, one event per region). Each row is saved on its own, so a lost insert is retried for
    // that row alone, in a fresh context, where the version-guarded upsert then finds the other writer's row.
    private static async Task WriteEachAsync<T>(
        Func<(ServiceDbContext Db, IAsyncDisposable Owner)> open, IEnumerable<T> items, Func<ServiceDbContext, T, Task> write)
    {
        foreach (var item in items)
        {
            for (var attempt = 1; ; attempt++)
            {
                var (db, owner) = open();
                await using (owner)
                {
                    await write(db, item);
                    try
                    {
                        await db.SaveChangesAsync();
                        break;
                    }
                    catch (Microsoft.EntityFrameworkCore.DbUpdateException) when (attempt < 3)
                    {
                        // Another writer won this row's insert; the next attempt reads its row.
                    }
                }
            }
        }
    }
}
