using Corridor.BuildingBlocks.Directory;
using Corridor.BuildingBlocks.Domain;
using Corridor.BuildingBlocks.Tests.Grpc;
using Corridor.Contracts.Directory.V1;
using Grpc.Core;
using Microsoft.EntityFrameworkCore;

namespace Corridor.BuildingBlocks.Tests.Directory;

/// <summary>IOrganDirectory: the read model first, the Directory asked once on a miss, 503 when it cannot be asked.</summary>
public sealed class OrganDirectoryTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task Organs_in_the_read_model_are_answered_without_asking_the_directory()
    {
        await using var host = await DirectoryTestHost.StartAsync(new FakeGrpcPeer(FakeGrpcPeer.RefusedConnection));
        await host.WriteAsync(db => db.UpsertOrganAsync(TestOrgans.Snapshot(), 1, TestOrgans.At));

        var found = await host.AskAsync(d => d.FindAsync([TestOrgans.YulinOrgan, TestOrgans.YulinOrgan], None));

        Assert.Equal("450900", found[TestOrgans.YulinOrgan].RegionCode);
        Assert.Equal(0, host.Directory.Requests);
    }

    [Fact]
    public async Task Missing_organs_are_asked_in_one_call_and_stored()
    {
        var zhaoqing = TestOrgans.Snapshot(TestOrgans.ZhaoqingOrgan, "441200", "肇庆市直属机关工作委员会");
        var answer = new GetOrgansReply { Organs = { TestOrgans.Reply(zhaoqing, 4) }, UnknownOrganIds = { "11999999MB00000000" } };
        await using var host = await DirectoryTestHost.StartAsync(new FakeGrpcPeer(() => FakeGrpcPeer.Reply(answer), FakeGrpcPeer.RefusedConnection));
        await host.WriteAsync(db => db.UpsertOrganAsync(TestOrgans.Snapshot(), 1, TestOrgans.At));

        var found = await host.AskAsync(d => d.FindAsync([TestOrgans.YulinOrgan, TestOrgans.ZhaoqingOrgan, "11999999MB00000000"], None));

        Assert.Equal([TestOrgans.ZhaoqingOrgan, TestOrgans.YulinOrgan], found.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(1, host.Directory.Requests);
        var stored = await host.QueryAsync(db => db.Set<KnownOrgan>().SingleAsync(o => o.OrganId == TestOrgans.ZhaoqingOrgan));
        Assert.Equal(("441200", "肇庆市直属机关工作委员会", 4L), (stored.RegionCode, stored.FullName, stored.Version));

        // Known now: asked again, the read model answers (the peer would refuse a second call).
        var again = await host.AskAsync(d => d.FindAsync([TestOrgans.ZhaoqingOrgan], None));
        Assert.Equal("肇庆市直属机关工作委员会", again[TestOrgans.ZhaoqingOrgan].FullName);
        Assert.Equal(1, host.Directory.Requests);
    }

    [Fact]
    public async Task A_miss_when_the_directory_cannot_be_asked_is_a_dependency_failure_not_an_unknown_organ()
    {
        await using var host = await DirectoryTestHost.StartAsync(new FakeGrpcPeer(() => FakeGrpcPeer.Status(StatusCode.Unavailable)));

        var refused = await Assert.ThrowsAsync<DependencyUnavailableException>(() => host.AskAsync(d => d.FindAsync([TestOrgans.ZhaoqingOrgan], None)));
        Assert.Contains("Directory", refused.Message, StringComparison.Ordinal);
        await Assert.ThrowsAsync<DependencyUnavailableException>(() => host.AskAsync(d => d.IsMemberRegionAsync("441200", new DateOnly(2026, 1, 1), None)));
    }

    [Fact]
    public async Task Names_come_from_the_read_model_only_and_an_unknown_organ_has_none()
    {
        await using var host = await DirectoryTestHost.StartAsync(new FakeGrpcPeer(FakeGrpcPeer.RefusedConnection));
        await host.WriteAsync(db => db.UpsertOrganAsync(TestOrgans.Snapshot(), 1, TestOrgans.At));

        var names = await host.AskAsync(d => d.NamesAsync([TestOrgans.YulinOrgan, TestOrgans.ZhaoqingOrgan, null], None));

        Assert.Equal("玉林市直属机关工作委员会", names.Of(TestOrgans.YulinOrgan));
        Assert.Null(names.Of(TestOrgans.ZhaoqingOrgan));
        Assert.Null(names.Of(null));
        Assert.Equal(0, host.Directory.Requests);
    }

    [Fact]
    public async Task An_unknown_region_is_asked_once_and_a_region_the_directory_does_not_have_is_no_member()
    {
        var member = new RegionReply { Code = "451100", Name = "贺州市", ParentCode = "450000", IsMember = true, JoinedOn = "2025-01-01", Version = 1 };
        await using var host = await DirectoryTestHost.StartAsync(new FakeGrpcPeer(
            () => FakeGrpcPeer.Reply(member), () => FakeGrpcPeer.Status(StatusCode.NotFound)));

        Assert.True(await host.AskAsync(d => d.IsMemberRegionAsync("451100", new DateOnly(2025, 1, 1), None)));
        Assert.False(await host.AskAsync(d => d.IsMemberRegionAsync("451100", new DateOnly(2024, 12, 31), None)));
        Assert.Equal(1, host.Directory.Requests);
        Assert.False(await host.AskAsync(d => d.IsMemberRegionAsync("999900", new DateOnly(2025, 1, 1), None)));
        Assert.Equal(2, host.Directory.Requests);
    }

    [Fact]
    public async Task Naming_an_unknown_or_retired_organ_or_another_region_is_refused_with_the_field()
    {
        var unknown = new GetOrgansReply { UnknownOrganIds = { "11999999MB00000000" } };
        await using var host = await DirectoryTestHost.StartAsync(new FakeGrpcPeer(() => FakeGrpcPeer.Reply(unknown)));
        await host.WriteAsync(async db =>
        {
            await db.UpsertOrganAsync(TestOrgans.Snapshot(), 1, TestOrgans.At);
            await db.UpsertOrganAsync(TestOrgans.Snapshot(TestOrgans.ZhaoqingOrgan, "441200", "肇庆市直属机关工作委员会", KnownOrgan.RetiredStatus), 2, TestOrgans.At);
        });

        async Task<OrganRefusedException> Refusal(NamedOrgan named) =>
            await Assert.ThrowsAsync<OrganRefusedException>(() => host.AskAsync(d => d.RequireActiveAsync([named], None)));

        var mismatch = await Refusal(new NamedOrgan("partners[0].organId", TestOrgans.YulinOrgan, "441200", "partners[0].regionCode"));
        Assert.Equal((OrganRefusedException.RegionMismatch, "partners[0].regionCode"), (mismatch.Code, mismatch.Field));
        var retired = await Refusal(new NamedOrgan("toOrganId", TestOrgans.ZhaoqingOrgan));
        Assert.Equal((OrganRefusedException.RetiredOrgan, "toOrganId"), (retired.Code, retired.Field));
        var missing = await Refusal(new NamedOrgan("toOrganId", "11999999MB00000000"));
        Assert.Equal((OrganRefusedException.UnknownOrgan, "toOrganId"), (missing.Code, missing.Field));

        var accepted = await host.AskAsync(d => d.RequireActiveAsync([new NamedOrgan("organId", TestOrgans.YulinOrgan, "450900")], None));
        Assert.Equal("450900", accepted[TestOrgans.YulinOrgan].RegionCode);
    }
}
