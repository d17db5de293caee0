using Corridor.BuildingBlocks.Directory;
using Corridor.BuildingBlocks.Tests.Grpc;
using Grpc.Core;
using Microsoft.EntityFrameworkCore;

namespace Corridor.BuildingBlocks.Tests.Directory;

/// <summary>The upserts every writer of the read model goes through, on a real database, without a broker.</summary>
public sealed class DirectoryReadModelTests
{
    [Fact]
    public async Task Records_arriving_out_of_order_or_twice_leave_the_newest_stored()
    {
        await using var host = await DirectoryTestHost.StartAsync(new FakeGrpcPeer(() => FakeGrpcPeer.Status(StatusCode.Unavailable)));

        await host.WriteAsync(db => db.UpsertOrganAsync(TestOrgans.Snapshot(name: "第三版"), 3, TestOrgans.At));
        await host.WriteAsync(db => db.UpsertOrganAsync(TestOrgans.Snapshot(name: "第一版"), 1, TestOrgans.At));
        await host.WriteAsync(db => db.UpsertOrganAsync(TestOrgans.Snapshot(name: "第三版副本"), 3, TestOrgans.At));
        await host.WriteAsync(db => db.UpsertOrganAsync(TestOrgans.Snapshot(name: "第二版"), 2, TestOrgans.At));

        var stored = await host.QueryAsync(db => db.Set<KnownOrgan>().ToListAsync());
        Assert.Equal(("第三版", 3L), (Assert.Single(stored).FullName, stored[0].Version));
    }

    [Fact]
    public async Task Two_records_of_one_organ_in_one_unit_of_work_make_one_row()
    {
        await using var host = await DirectoryTestHost.StartAsync(new FakeGrpcPeer(() => FakeGrpcPeer.Status(StatusCode.Unavailable)));

        await host.WriteAsync(async db =>
        {
            await db.UpsertOrganAsync(TestOrgans.Snapshot(name: "第一版"), 1, TestOrgans.At);
            await db.UpsertOrganAsync(TestOrgans.Snapshot(name: "第二版"), 2, TestOrgans.At);
        });

        Assert.Equal("第二版", Assert.Single(await host.QueryAsync(db => db.Set<KnownOrgan>().ToListAsync())).FullName);
    }

    [Fact]
    public async Task Region_membership_follows_the_newest_version()
    {
        await using var host = await DirectoryTestHost.StartAsync(new FakeGrpcPeer(() => FakeGrpcPeer.Status(StatusCode.Unavailable)));
        var joined = new DateOnly(2024, 1, 1);
        var left = new DateOnly(2026, 6, 30);

        await host.WriteAsync(db => db.UpsertRegionLeaveAsync("450900", left, 2));
        await host.WriteAsync(db => db.UpsertRegionJoinAsync("450900", "玉林市", "450000", joined, null, 1));
        await host.WriteAsync(db => db.UpsertRegionLeaveAsync("450900", left, 2));

        var region = Assert.Single(await host.QueryAsync(db => db.Set<KnownRegion>().ToListAsync()));
        Assert.Equal(("玉林市", joined, left, 2L), (region.Name, region.JoinedOn, region.LeftOn, region.Version));
        Assert.True(await host.AskAsync(d => d.IsMemberRegionAsync("450900", left, CancellationToken.None)));
        Assert.False(await host.AskAsync(d => d.IsMemberRegionAsync("450900", left.AddDays(1), CancellationToken.None)));
        Assert.Equal(0, host.Directory.Requests);
    }
}
