using System.Net;
using System.Text.Json;
using Corridor.Contracts.Lists.V1;
using Corridor.Lists.Tests.Integration;
using Corridor.Testing;
using Corridor.TestKit;
using Google.Rpc;
using Grpc.Core;
using Grpc.Net.Client;

namespace Corridor.Lists.Tests.Resources;

/// <summary>Resources.GetResource and ListResources on a real h2c port.</summary>
[Collection(SharedRabbitMq.CollectionName)]
public sealed class ResourcesGrpcTests(SharedRabbitMq rabbitMq)
{
    [SkippableFact]
    public async Task Get_and_list_answer_what_REST_stored_and_refuse_bad_arguments_with_details()
    {
        await using var host = await ListsHost.StartAsync(await rabbitMq.CreateVirtualHostAsync());
        using var qinzhou = host.CreateRestClient(TestTokens.Member(DemoOrgans.Qinzhou));
        var ids = new List<string>();
        foreach (var (title, category) in new[] { ("舱位", "LogisticsCapacity"), ("专项资金", "Funding"), ("数据接口", "Data") })
        {
            var created = await (await qinzhou.PostJsonAsync("/api/v1/resources", new
            {
                title,
                category,
                capacity = 12.125m,
                unit = "TEU/月",
                validFrom = "2026-01-01",
                validTo = "2026-12-31",
                externalReference = $"QZ-{title}",
            })).ReadAsAsync<JsonElement>(HttpStatusCode.Created);
            ids.Add(created.GetProperty("id").GetString()!);
        }

        using var channel = GrpcChannel.ForAddress(host.GrpcAddress);
        var client = new Contracts.Lists.V1.Resources.ResourcesClient(channel);
        var caller = new Metadata { { "Authorization", $"Bearer {TestTokens.Member(DemoOrgans.Hezhou)}" } };

        var one = await client.GetResourceAsync(new GetResourceRequest { ResourceId = ids[0] }, caller);
        Assert.Equal(("舱位", "LogisticsCapacity", "12.125", "2026-12-31", "QZ-舱位", "Available", 1L), (one.Title, one.Category, one.Capacity, one.ValidTo, one.ExternalReference, one.Status, one.Version));

        var first = await client.ListResourcesAsync(new ListResourcesRequest { Region = "450700", PageSize = 2 }, caller);
        var second = await client.ListResourcesAsync(new ListResourcesRequest { Region = "450700", PageSize = 2, PageToken = first.NextPageToken }, caller);
        Assert.Equal(ids, first.Resources.Concat(second.Resources).Select(r => r.ResourceId));
        Assert.Equal("", second.NextPageToken);
        var funding = await client.ListResourcesAsync(new ListResourcesRequest { Category = "funding", AvailableOn = "2026-07-01", Q = "资金" }, caller);
        Assert.Equal([ids[1]], funding.Resources.Select(r => r.ResourceId));

        var notFound = await Assert.ThrowsAsync<RpcException>(async () => await client.GetResourceAsync(new GetResourceRequest { ResourceId = Guid.NewGuid().ToString() }, caller));
        Assert.Equal(StatusCode.NotFound, notFound.StatusCode);
        var malformed = await Assert.ThrowsAsync<RpcException>(async () => await client.GetResourceAsync(new GetResourceRequest { ResourceId = "42" }, caller));
        Assert.Equal(StatusCode.InvalidArgument, malformed.StatusCode);
        var badList = await Assert.ThrowsAsync<RpcException>(async () => await client.ListResourcesAsync(new ListResourcesRequest { PageSize = 500 }, caller));
        Assert.Equal(StatusCode.InvalidArgument, badList.StatusCode);
        Assert.Equal("limit", Assert.Single(badList.GetRpcStatus()?.GetDetail<BadRequest>()?.FieldViolations ?? []).Field);
    }
}
