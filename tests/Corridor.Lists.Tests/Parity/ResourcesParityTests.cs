using System.Net;
using System.Text.Json;
using Corridor.Contracts.Lists.V1;
using Corridor.Lists.Resources.Offering;
using Corridor.Lists.Resources.Queries;
using Corridor.Lists.Tests.Integration;
using Corridor.Testing;
using Corridor.Testing.Parity;
using Corridor.TestKit;
using Grpc.Net.Client;
using static Corridor.Lists.Tests.Parity.AreaRefusals;
using static Corridor.Lists.Tests.Parity.ProblemsParityTests;

namespace Corridor.Lists.Tests.Parity;

/// <summary>Every resource use case refuses the same invalid input, unauthorised caller or missing version identically over REST and gRPC.</summary>
[Collection(SharedRabbitMq.CollectionName)]
public sealed class ResourcesParityTests(SharedRabbitMq rabbitMq)
{
    private const string R = "/api/v1/resources";

    [SkippableFact]
    public async Task Every_resource_use_case_answers_REST_and_gRPC_with_the_same_refusal()
    {
        await using var host = await ListsHost.StartAsync(await rabbitMq.CreateVirtualHostAsync());
        using var channel = GrpcChannel.ForAddress(host.GrpcAddress);
        var grpc = new Contracts.Lists.V1.Resources.ResourcesClient(channel);
        var owner = TestTokens.Member(DemoOrgans.Qinzhou);
        var other = TestTokens.Member(DemoOrgans.Zhanjiang);
        using var offer = await Send(host, owner, HttpMethod.Post, R, Content());
        using var referenced = await Send(host, owner, HttpMethod.Post, R, Content("parity-offered"));
        Assert.Equal(HttpStatusCode.Created, referenced.StatusCode);
        var id = (await offer.ReadAsAsync<JsonElement>(HttpStatusCode.Created)).GetProperty("id").GetString()!;
        var unknown = Guid.NewGuid().ToString();

        ParityRow[] rows =
        [
            Row<GetResource>(
                Refusal.Of(RefusalKind.NotFound, "not-found"),
                () => Send(host, owner, HttpMethod.Get, $"{R}/{unknown}"),
                () => grpc.GetResourceAsync(new() { ResourceId = unknown }, Bearer(owner)).ResponseAsync),
            Row<ListResources>(
                Refusal.Invalid("category", "limit"),
                () => Send(host, owner, HttpMethod.Get, $"{R}?category=Weather&limit=500"),
                () => grpc.ListResourcesAsync(new() { Category = "Weather", PageSize = 500 }, Bearer(owner)).ResponseAsync),
            Row<ListResources>(
                Refusal.Invalid("availableOn", "status"),
                () => Send(host, owner, HttpMethod.Get, $"{R}?status=7&availableOn=tomorrow"),
                () => grpc.ListResourcesAsync(new() { Status = "7", AvailableOn = "tomorrow" }, Bearer(owner)).ResponseAsync),
            Row<OfferResource>(
                Refusal.Invalid("Capacity", "Category", "Title", "Unit", "ValidFrom", "ValidTo"),
                () => Send(host, owner, HttpMethod.Post, R, new { }),
                () => grpc.OfferResourceAsync(new ResourceContent(), Bearer(owner)).ResponseAsync),
            Row<OfferResource>(
                Refusal.Of(RefusalKind.Conflict, "resource.duplicate-reference"),
                () => Send(host, owner, HttpMethod.Post, R, Content("parity-offered")),
                () => grpc.OfferResourceAsync(GrpcContent("parity-offered"), Bearer(owner)).ResponseAsync),
            Row<UpdateResource>(
                Refusal.Invalid("Capacity", "Category", "Title", "Unit", "ValidFrom", "ValidTo"),
                () => Send(host, owner, HttpMethod.Put, $"{R}/{id}", new { }),
                () => grpc.UpdateResourceAsync(new() { ResourceId = id, Content = new ResourceContent() }, Bearer(owner)).ResponseAsync),
            Row<UpdateResource>(
                Refusal.Of(RefusalKind.PreconditionRequired, "precondition-required"),
                () => Send(host, owner, HttpMethod.Put, $"{R}/{id}", Content()),
                () => grpc.UpdateResourceAsync(new() { ResourceId = id, Content = GrpcContent() }, Bearer(owner)).ResponseAsync),
            Row<UpdateResource>(
                Refusal.Of(RefusalKind.Forbidden, "resource.not-owner"),
                () => Send(host, other, HttpMethod.Put, $"{R}/{id}", Content(), ifMatch: "\"v1\""),
                () => grpc.UpdateResourceAsync(new() { ResourceId = id, ExpectedVersion = 1, Content = GrpcContent() }, Bearer(other)).ResponseAsync),
            Row<UpsertResource>(
                Refusal.Invalid("Capacity", "Category", "Title", "Unit", "ValidFrom", "ValidTo"),
                () => Send(host, owner, HttpMethod.Put, $"{R}/by-ref/parity-1", new { }),
                () => grpc.UpsertResourceAsync(new() { ExternalReference = "parity-1", Content = new ResourceContent() }, Bearer(owner)).ResponseAsync),
            Row<WithdrawResource>(
                Refusal.Invalid("Reason"),
                () => Send(host, owner, HttpMethod.Post, $"{R}/{id}/withdraw", new { reason = "" }),
                () => grpc.WithdrawResourceAsync(new() { ResourceId = id }, Bearer(owner)).ResponseAsync),
            Row<ExhaustResource>(
                Refusal.Of(RefusalKind.Forbidden, "resource.not-owner"),
                () => Send(host, other, HttpMethod.Post, $"{R}/{id}/exhaust"),
                () => grpc.ExhaustResourceAsync(new() { ResourceId = id }, Bearer(other)).ResponseAsync),
            Row<ExhaustResource>(
                Refusal.Of(RefusalKind.Stale, "stale-version"),
                () => Send(host, owner, HttpMethod.Post, $"{R}/{id}/exhaust", ifMatch: "\"v7\""),
                () => grpc.ExhaustResourceAsync(new() { ResourceId = id, ExpectedVersion = 7 }, Bearer(owner)).ResponseAsync),
        ];

        await AssertAsync(rows, "Corridor.Lists.Resources");
    }

    private static object Content(string? externalReference = null) => new
    {
        title = "钦州港 集装箱舱位",
        description = "每月可向走廊成员提供的海铁联运舱位",
        category = "LogisticsCapacity",
        capacity = 1200.5m,
        unit = "TEU/月",
        validFrom = "2026-01-01",
        validTo = "2027-12-31",
        externalReference,
    };

    private static ResourceContent GrpcContent(string externalReference = "") => new()
    {
        Title = "钦州港 集装箱舱位",
        Description = "每月可向走廊成员提供的海铁联运舱位",
        Category = "LogisticsCapacity",
        Capacity = "1200.5",
        Unit = "TEU/月",
        ValidFrom = "2026-01-01",
        ValidTo = "2027-12-31",
        ExternalReference = externalReference,
    };
}
