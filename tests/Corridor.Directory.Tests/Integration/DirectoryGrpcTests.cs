using Corridor.Contracts.Directory.V1;
using Corridor.Testing;
using Corridor.TestKit;
using Google.Rpc;
using Grpc.Core;
using Grpc.Net.Client;
using DirectoryClient = Corridor.Contracts.Directory.V1.Directory.DirectoryClient;

namespace Corridor.DirectoryService.Tests.Integration;

/// <summary>The gRPC adapter answers with the same rules as REST, through the same handlers, with proper status codes and details.</summary>
[Collection(SharedRabbitMq.CollectionName)]
public sealed class DirectoryGrpcTests(SharedRabbitMq rabbitMq)
{
    [SkippableFact]
    public async Task The_directory_over_gRPC_follows_the_same_rules_as_REST()
    {
        await using var host = await DirectoryHost.StartAsync(await rabbitMq.CreateVirtualHostAsync());
        using var channel = GrpcChannel.ForAddress(host.GrpcAddress);
        var client = new DirectoryClient(channel);
        var secretariat = Bearer(TestTokens.Secretariat());
        var beihai = Bearer(TestTokens.Coordinator(TestOrgans.Organ("450500")));
        var zhanjiang = Bearer(TestTokens.Coordinator(DemoOrgans.Zhanjiang));
        var member = Bearer(TestTokens.Member(DemoOrgans.Zhanjiang));

        var joined = await client.JoinRegionAsync(new JoinRegionRequest { Code = "450500", JoinedOn = "2026-01-01" }, secretariat);
        Assert.Equal((true, 1L, "450000"), (joined.IsMember, joined.Version, joined.ProvinceCode));
        var again = await Assert.ThrowsAsync<RpcException>(async () => await client.JoinRegionAsync(new JoinRegionRequest { Code = "450500" }, secretariat));
        Assert.Equal((StatusCode.FailedPrecondition, "region.already-member"), (again.StatusCode, again.GetRpcStatus()!.GetDetail<ErrorInfo>().Reason));

        var code = TestOrgans.Code("450502", 1);
        var organ = await client.RegisterOrganAsync(new RegisterOrganRequest { OrganId = code, RegionCode = "450500", Fields = Fields("中共北海市海城区委") }, beihai);
        Assert.Equal((code, "Active", 1L, "北海市"), (organ.OrganId, organ.Status, organ.Version, organ.RegionName));
        var twice = await Assert.ThrowsAsync<RpcException>(async () =>
            await client.RegisterOrganAsync(new RegisterOrganRequest { OrganId = code, RegionCode = "450500", Fields = Fields("重复") }, beihai));
        Assert.Equal(StatusCode.AlreadyExists, twice.StatusCode);

        var invalid = await Assert.ThrowsAsync<RpcException>(async () =>
            await client.RegisterOrganAsync(new RegisterOrganRequest { OrganId = code[..17] + "0", RegionCode = "450500", Fields = new OrganFields { Level = "Village" } }, beihai));
        Assert.Equal(StatusCode.InvalidArgument, invalid.StatusCode);
        var fields = invalid.GetRpcStatus()!.GetDetail<BadRequest>().FieldViolations.Select(v => v.Field).ToHashSet();
        Assert.Superset(new HashSet<string> { "OrganId", "FullName", "ShortName", "Level", "Kind" }, fields);

        // The same handler refuses a coordinator of another region as over REST.
        var otherRegion = await Assert.ThrowsAsync<RpcException>(async () =>
            await client.RenameOrganAsync(new RenameOrganRequest { OrganId = code, FullName = "改名", ShortName = "改名" }, zhanjiang));
        Assert.Equal((StatusCode.PermissionDenied, "organ.other-region"), (otherRegion.StatusCode, otherRegion.GetRpcStatus()!.GetDetail<ErrorInfo>().Reason));
        var noRole = await Assert.ThrowsAsync<RpcException>(async () => await client.RetireOrganAsync(new RetireOrganRequest { OrganId = code }, member));
        Assert.Equal(StatusCode.PermissionDenied, noRole.StatusCode);

        var required = await Assert.ThrowsAsync<RpcException>(async () =>
            await client.UpdateOrganAsync(new UpdateOrganRequest { OrganId = code, Level = "County", Kind = "Organ" }, beihai));
        Assert.Equal((StatusCode.FailedPrecondition, "precondition-required"), (required.StatusCode, required.GetRpcStatus()!.GetDetail<ErrorInfo>().Reason));
        var stale = await Assert.ThrowsAsync<RpcException>(async () =>
            await client.UpdateOrganAsync(new UpdateOrganRequest { OrganId = code, Level = "County", Kind = "Organ", ExpectedVersion = 4 }, beihai));
        Assert.Equal(StatusCode.Aborted, stale.StatusCode);
        var updated = await client.UpdateOrganAsync(new UpdateOrganRequest { OrganId = code, Level = "County", Kind = "Organ", ExpectedVersion = 1 }, beihai);
        Assert.Equal(("County", 2L), (updated.Level, updated.Version));

        var issued = await client.UpsertOrganAsync(new UpsertOrganRequest { ExternalReference = "BH-7", RegionCode = "450500", Fields = Fields("北海市机关事务管理局") }, beihai);
        Assert.Equal(("created", "CX4505000000000001"), (issued.Outcome, issued.Organ.OrganId));

        var contact = await client.AddContactAsync(new AddContactRequest { OrganId = code, Role = "Secretary", Name = "王书记", Phone = "13907791234" }, beihai);
        var seen = Assert.Single((await client.ListContactsAsync(new ListContactsRequest { OrganId = code }, member)).Contacts);
        Assert.Equal((contact.ContactId, "139****1234"), (seen.ContactId, seen.Phone));

        var batch = await client.GetOrgansAsync(new GetOrgansRequest { OrganIds = { code, "CX4505000000000001", "CX4505000000000009" } }, member);
        Assert.Equal([code, "CX4505000000000001"], batch.Organs.Select(o => o.OrganId).Order(StringComparer.Ordinal).ToArray());
        Assert.Equal(["CX4505000000000009"], batch.UnknownOrganIds.ToArray());
        var page = await client.ListOrgansAsync(new ListOrgansRequest { RegionCode = "450500", PageSize = 1 }, member);
        var second = await client.ListOrgansAsync(new ListOrgansRequest { RegionCode = "450500", PageSize = 1, PageToken = page.NextPageToken }, member);
        Assert.Equal([code, "CX4505000000000001"], page.Organs.Concat(second.Organs).Select(o => o.OrganId).ToArray());
        Assert.Equal("", second.NextPageToken);
        var children = await client.ListRegionsAsync(new ListRegionsRequest { ParentCode = "450500" }, member);
        Assert.Contains(children.Regions, r => r.Code == "450521" && r.Name == "合浦县" && r.Level == "county" && !r.IsMember);
        var missing = await Assert.ThrowsAsync<RpcException>(async () => await client.GetOrganAsync(new GetOrganRequest { OrganId = "CX4505000000000009" }, member));
        Assert.Equal(StatusCode.NotFound, missing.StatusCode);
    }

    private static OrganFields Fields(string fullName) => new() { FullName = fullName, ShortName = fullName[..2], Level = "Municipal", Kind = "Organ" };

    private static Metadata Bearer(string token) => new() { { "Authorization", $"Bearer {token}" } };
}
