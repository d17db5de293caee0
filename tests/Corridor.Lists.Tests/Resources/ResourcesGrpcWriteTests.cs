using Corridor.Contracts.Events;
using Corridor.Contracts.Lists.V1;
using Corridor.Lists.Tests.Integration;
using Corridor.Testing;
using Corridor.TestKit;
using Google.Rpc;
using Grpc.Core;
using Grpc.Net.Client;

namespace Corridor.Lists.Tests.Resources;

/// <summary>Resource writes over gRPC on a real h2c port: the REST rules, versions and refusals, events on the real broker.</summary>
[Collection(SharedRabbitMq.CollectionName)]
public sealed class ResourcesGrpcWriteTests(SharedRabbitMq rabbitMq)
{
    [SkippableFact]
    public async Task Offer_update_upsert_withdraw_and_exhaust_follow_the_REST_rules()
    {
        var vhost = await rabbitMq.CreateVirtualHostAsync();
        await using var withdrawn = await EventProbe.ListenAsync<ResourceWithdrawn>(vhost);
        await using var host = await ListsHost.StartAsync(vhost);
        using var channel = GrpcChannel.ForAddress(host.GrpcAddress);
        var client = new Contracts.Lists.V1.Resources.ResourcesClient(channel);
        var (owner, stranger) = (Bearer(TestTokens.Member(DemoOrgans.Qinzhou)), Bearer(TestTokens.Member(DemoOrgans.Hezhou)));

        var invalid = await Assert.ThrowsAsync<RpcException>(async () =>
            await client.OfferResourceAsync(Content("QZ-1", capacity: "1,5", validTo: "2025-01-01", category: "Weather"), owner));
        Assert.Equal(StatusCode.InvalidArgument, invalid.StatusCode);
        Assert.Equal(["Capacity"], Fields(invalid));
        var badWindow = await Assert.ThrowsAsync<RpcException>(async () =>
            await client.OfferResourceAsync(Content("QZ-1", validTo: "2025-01-01", category: "Weather"), owner));
        Assert.Equal(["Category", "ValidTo"], Fields(badWindow));

        var offered = await client.OfferResourceAsync(Content("QZ-1"), owner);
        Assert.Equal(("Available", "12.125", "450700", 1L), (offered.Status, offered.Capacity, offered.RegionCode, offered.Version));
        var duplicate = await Assert.ThrowsAsync<RpcException>(async () => await client.OfferResourceAsync(Content("QZ-1"), owner));
        Assert.Equal((StatusCode.FailedPrecondition, "resource.duplicate-reference"), (duplicate.StatusCode, Reason(duplicate)));

        var notOwner = await Assert.ThrowsAsync<RpcException>(async () =>
            await client.UpdateResourceAsync(new UpdateResourceRequest { ResourceId = offered.ResourceId, ExpectedVersion = 1, Content = Content("QZ-1", capacity: "20") }, stranger));
        Assert.Equal((StatusCode.PermissionDenied, "resource.not-owner"), (notOwner.StatusCode, Reason(notOwner)));
        var stale = await Assert.ThrowsAsync<RpcException>(async () =>
            await client.UpdateResourceAsync(new UpdateResourceRequest { ResourceId = offered.ResourceId, ExpectedVersion = 5, Content = Content("QZ-1", capacity: "20") }, owner));
        Assert.Equal(StatusCode.Aborted, stale.StatusCode);
        var updated = await client.UpdateResourceAsync(new UpdateResourceRequest { ResourceId = offered.ResourceId, ExpectedVersion = 1, Content = Content("QZ-1", capacity: "20") }, owner);
        Assert.Equal(("20", 2L), (updated.Capacity, updated.Version));

        var same = await client.UpsertResourceAsync(new UpsertResourceRequest { ExternalReference = "QZ-1", Content = Content("QZ-1", capacity: "20") }, owner);
        Assert.Equal(("Unchanged", 2L), (same.Outcome, same.Resource.Version));
        var changed = await client.UpsertResourceAsync(new UpsertResourceRequest { ExternalReference = "QZ-1", ExpectedVersion = 2, Content = Content("", capacity: "25") }, owner);
        Assert.Equal(("Updated", "25", 3L), (changed.Outcome, changed.Resource.Capacity, changed.Resource.Version));
        var created = await client.UpsertResourceAsync(new UpsertResourceRequest { ExternalReference = "QZ-2", Content = Content("") }, owner);
        Assert.Equal("Created", created.Outcome);
        var mismatch = await Assert.ThrowsAsync<RpcException>(async () =>
            await client.UpsertResourceAsync(new UpsertResourceRequest { ExternalReference = "QZ-3", Content = Content("QZ-4") }, owner));
        Assert.Equal(["ExternalReference"], Fields(mismatch));

        var noReason = await Assert.ThrowsAsync<RpcException>(async () => await client.WithdrawResourceAsync(new WithdrawResourceRequest { ResourceId = offered.ResourceId }, owner));
        Assert.Equal(["Reason"], Fields(noReason));
        var gone = await client.WithdrawResourceAsync(new WithdrawResourceRequest { ResourceId = offered.ResourceId, Reason = "船期取消" }, owner);
        Assert.Equal("Withdrawn", gone.Status);
        await withdrawn.WaitForAsync(m => m.GetProperty("resourceId").GetString() == offered.ResourceId, TimeSpan.FromSeconds(30), "ResourceWithdrawn");
        var closed = await Assert.ThrowsAsync<RpcException>(async () => await client.ExhaustResourceAsync(new ResourceActionRequest { ResourceId = offered.ResourceId }, owner));
        Assert.Equal((StatusCode.FailedPrecondition, "resource.closed"), (closed.StatusCode, Reason(closed)));
        Assert.Equal("Exhausted", (await client.ExhaustResourceAsync(new ResourceActionRequest { ResourceId = created.Resource.ResourceId }, owner)).Status);
    }

    private static ResourceContent Content(string reference, string capacity = "12.125", string validTo = "2027-12-31", string category = "LogisticsCapacity") => new()
    {
        Title = "钦州港 集装箱舱位",
        Description = "北部湾港至新加坡航线",
        Category = category,
        Capacity = capacity,
        Unit = "TEU/月",
        ValidFrom = "2026-01-01",
        ValidTo = validTo,
        ExternalReference = reference,
    };

    private static string[] Fields(RpcException error) =>
        (error.GetRpcStatus()?.GetDetail<BadRequest>()?.FieldViolations ?? []).Select(v => v.Field).Order(StringComparer.Ordinal).ToArray();

    private static string? Reason(RpcException error) => error.GetRpcStatus()?.GetDetail<ErrorInfo>()?.Reason;

    private static Metadata Bearer(string token) => new() { { "Authorization", $"Bearer {token}" } };
}
