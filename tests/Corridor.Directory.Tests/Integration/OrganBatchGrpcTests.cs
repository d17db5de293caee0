using Corridor.BuildingBlocks.Batches;
using Corridor.Contracts.Directory.V1;
using Corridor.Testing;
using Corridor.TestKit;
using Google.Rpc;
using Grpc.Core;
using Grpc.Net.Client;
using DirectoryClient = Corridor.Contracts.Directory.V1.Directory.DirectoryClient;

namespace Corridor.DirectoryService.Tests.Integration;

/// <summary>UpsertOrganBatch runs the same batch use case as POST /api/v1/organs/batch.</summary>
[Collection(SharedRabbitMq.CollectionName)]
public sealed class OrganBatchGrpcTests(SharedRabbitMq rabbitMq)
{
    private const string Yulin = "450900";

    [SkippableFact]
    public async Task The_organ_batch_over_gRPC_answers_per_item_replays_its_key_and_refuses_a_batch_over_the_limit_as_invalid()
    {
        await using var host = await DirectoryHost.StartAsync(await rabbitMq.CreateVirtualHostAsync());
        using var channel = GrpcChannel.ForAddress(host.GrpcAddress);
        var client = new DirectoryClient(channel);
        var coordinator = Bearer(TestTokens.Coordinator(TestOrgans.Organ(Yulin)));
        var code = TestOrgans.Code(Yulin, 21);
        var request = new UpsertOrganBatchRequest
        {
            IdempotencyKey = "grpc-batch-1",
            Items =
            {
                Item("G-1", Yulin, code, "Municipal"),
                Item("G-2", Yulin, "", "Village"),
                Item("G-3", "440800", "", "Municipal"),
            },
        };

        var reply = await client.UpsertOrganBatchAsync(request, coordinator);

        Assert.Equal((3, 1, 2, false), (reply.Total, reply.Created, reply.Rejected, reply.Replayed));
        Assert.Equal((ItemOutcome.Created, code), (reply.Items[0].Outcome, reply.Items[0].OrganId));
        Assert.Equal((ItemOutcome.Rejected, "level"), (reply.Items[1].Outcome, reply.Items[1].Errors.Single().Field));
        Assert.Contains("organ.other-region", reply.Items[2].Errors.Single().Message, StringComparison.Ordinal);
        var replay = await client.UpsertOrganBatchAsync(request, coordinator);
        Assert.Equal((true, 1, code), (replay.Replayed, replay.Created, replay.Items[0].OrganId));
        Assert.Equal("Municipal", (await client.GetOrganAsync(new GetOrganRequest { OrganId = code }, coordinator)).Level);
        var reused = await Assert.ThrowsAsync<RpcException>(async () => await client.UpsertOrganBatchAsync(
            new UpsertOrganBatchRequest { IdempotencyKey = "grpc-batch-1", Items = { Item("G-9", Yulin, "", "Municipal") } }, coordinator));
        Assert.Equal((StatusCode.InvalidArgument, "idempotency.key-reused"), (reused.StatusCode, reused.GetRpcStatus()!.GetDetail<ErrorInfo>().Reason));

        var tooMany = new UpsertOrganBatchRequest();
        tooMany.Items.AddRange(Enumerable.Range(0, BatchLimits.MaxItems + 1).Select(i => new OrganBatchItem { ExternalReference = $"T-{i}" }));
        var invalid = await Assert.ThrowsAsync<RpcException>(async () => await client.UpsertOrganBatchAsync(tooMany, coordinator));
        Assert.Equal(StatusCode.InvalidArgument, invalid.StatusCode);
        Assert.Contains("items", invalid.GetRpcStatus()!.GetDetail<BadRequest>().FieldViolations.Select(v => v.Field));
        var member = await Assert.ThrowsAsync<RpcException>(async () => await client.UpsertOrganBatchAsync(request, Bearer(TestTokens.Member(TestOrgans.Organ(Yulin)))));
        Assert.Equal(StatusCode.PermissionDenied, member.StatusCode);
    }

    private static OrganBatchItem Item(string reference, string region, string organId, string level) => new()
    {
        ExternalReference = reference,
        OrganId = organId,
        RegionCode = region,
        Fields = new OrganFields { FullName = $"机关{reference}", ShortName = reference, Level = level, Kind = "Organ" },
    };

    private static Metadata Bearer(string token) => new() { { "Authorization", $"Bearer {token}" } };
}
