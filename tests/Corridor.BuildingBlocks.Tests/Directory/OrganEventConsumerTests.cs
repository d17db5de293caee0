using Corridor.BuildingBlocks.Directory;
using Corridor.Contracts.Events;
using Corridor.TestKit;
using Microsoft.EntityFrameworkCore;

namespace Corridor.BuildingBlocks.Tests.Directory;

[Collection(SharedRabbitMq.CollectionName)]
public sealed class OrganEventConsumerTests(SharedRabbitMq rabbitMq)
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    [SkippableFact]
    public async Task Organ_and_region_events_from_the_broker_keep_the_newest_copy()
    {
        await using var host = await MessagingTestHost.StartAsync(
            await rabbitMq.CreateVirtualHostAsync(),
            settings: new Dictionary<string, string?> { ["Services:Directory:Grpc"] = $"http://127.0.0.1:{FreePorts.Next()}" },
            configure: builder =>
            {
                builder.Services.AddHttpContextAccessor();
                builder.AddOrganDirectory<TestDbContext>();
            },
            addConsumers: bus => bus.AddOrganDirectoryConsumers());
        var key = Guid.NewGuid();
        var renamed = TestOrgans.Snapshot(name: "玉林市委直属机关工委");

        await host.Bus.Publish(new OrganRenamed(key, renamed, "玉林市直属机关工作委员会", "玉林", new DateOnly(2026, 3, 1), 2, TestOrgans.At.AddDays(1)));
        await host.Bus.Publish(new OrganRegistered(key, TestOrgans.Snapshot(), 1, TestOrgans.At));
        await host.Bus.Publish(new RegionJoined(Guid.NewGuid(), "451100", "贺州市", "450000", new DateOnly(2025, 1, 1), null, 1, TestOrgans.At));

        await Eventually.TrueAsync(
            async () => await host.QueryAsync(db => db.Set<KnownRegion>().AnyAsync(r => r.Code == "451100"))
                && await host.QueryAsync(db => db.InboxRecords.CountAsync()) == 3,
            Timeout,
            "the three events are consumed");
        var organ = await host.QueryAsync(db => db.Set<KnownOrgan>().SingleAsync());
        Assert.Equal(("玉林市委直属机关工委", 2L), (organ.FullName, organ.Version));
        var region = await host.QueryAsync(db => db.Set<KnownRegion>().SingleAsync());
        Assert.True(region.IsMemberOn(new DateOnly(2025, 1, 1)));
    }
}
