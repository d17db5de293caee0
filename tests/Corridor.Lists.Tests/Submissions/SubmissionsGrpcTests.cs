using Corridor.Contracts.Lists.V1;
using Corridor.Lists.Tests.Integration;
using Corridor.Testing;
using Corridor.TestKit;
using Google.Rpc;
using Grpc.Core;
using Grpc.Net.Client;

namespace Corridor.Lists.Tests.Submissions;

/// <summary>Batches over gRPC on a real h2c port: per-item outcomes, valid items kept, idempotency keys honoured.</summary>
[Collection(SharedRabbitMq.CollectionName)]
public sealed class SubmissionsGrpcTests(SharedRabbitMq rabbitMq)
{
    [SkippableFact]
    public async Task A_resource_batch_keeps_the_valid_items_reports_the_invalid_ones_and_replays_its_first_answer()
    {
        await using var host = await ListsHost.StartAsync(await rabbitMq.CreateVirtualHostAsync());
        using var channel = GrpcChannel.ForAddress(host.GrpcAddress);
        var submissions = new Contracts.Lists.V1.Submissions.SubmissionsClient(channel);
        var resources = new Contracts.Lists.V1.Resources.ResourcesClient(channel);
        var qinzhou = Bearer(DemoOrgans.Qinzhou);
        var batch = new ResourceBatchRequest { IdempotencyKey = "qz-2026-11-24" };
        batch.Items.Add(Item("QZ-1"));
        batch.Items.Add(Item("QZ-2", capacity: "many"));
        batch.Items.Add(Item("QZ-3", validTo: "2025-12-31"));
        batch.Items.Add(Item("QZ-1"));
        batch.Items.Add(Item("QZ-4"));

        var first = await submissions.SubmitResourceBatchAsync(batch, qinzhou);

        Assert.Equal((5, 2, 0, 0, 3, false), (first.Total, first.Created, first.Updated, first.Unchanged, first.Rejected, first.Replayed));
        Assert.Equal(["created", "rejected", "rejected", "rejected", "created"], first.Items.Select(i => i.Outcome));
        Assert.Equal(["capacity"], first.Items[1].Errors.Select(e => e.Field));
        Assert.Equal(["validTo"], first.Items[2].Errors.Select(e => e.Field));
        Assert.Contains("index 0", Assert.Single(first.Items[3].Errors).Message);
        var stored = await resources.ListResourcesAsync(new ListResourcesRequest { Region = DemoOrgans.Qinzhou.RegionCode }, qinzhou);
        Assert.Equal(["QZ-1", "QZ-4"], stored.Resources.Select(r => r.ExternalReference).Order(StringComparer.Ordinal));

        var replay = await submissions.SubmitResourceBatchAsync(batch, qinzhou);
        Assert.True(replay.Replayed);
        Assert.Equal(first.Items.Select(i => (i.Outcome, i.Id)), replay.Items.Select(i => (i.Outcome, i.Id)));

        var reused = new ResourceBatchRequest(batch);
        reused.Items.RemoveAt(4);
        var refused = await Assert.ThrowsAsync<RpcException>(async () => await submissions.SubmitResourceBatchAsync(reused, qinzhou));
        Assert.Equal((StatusCode.InvalidArgument, "idempotency.key-reused"), (refused.StatusCode, refused.GetRpcStatus()?.GetDetail<ErrorInfo>()?.Reason));

        var again = await submissions.SubmitResourceBatchAsync(new ResourceBatchRequest(batch) { IdempotencyKey = "" }, qinzhou);
        Assert.Equal((2, 3, false), (again.Unchanged, again.Rejected, again.Replayed));
    }

    [SkippableFact]
    public async Task A_problem_batch_raises_new_problems_and_reports_unchanged_ones()
    {
        await using var host = await ListsHost.StartAsync(await rabbitMq.CreateVirtualHostAsync());
        using var channel = GrpcChannel.ForAddress(host.GrpcAddress);
        var submissions = new Contracts.Lists.V1.Submissions.SubmissionsClient(channel);
        var yulin = Bearer(DemoOrgans.Yulin);
        var batch = new ProblemBatchRequest();
        batch.Items.Add(new RaiseProblemRequest { ExternalReference = "YL-1", Title = "通关慢", Category = "Logistics", Severity = "High" });
        batch.Items.Add(new RaiseProblemRequest { ExternalReference = "YL-2", Title = "", Category = "Logistics", Severity = "Urgent" });

        var first = await submissions.SubmitProblemBatchAsync(batch, yulin);
        var second = await submissions.SubmitProblemBatchAsync(batch, yulin);

        Assert.Equal(["created", "rejected"], first.Items.Select(i => i.Outcome));
        Assert.Equal(["severity", "title"], first.Items[1].Errors.Select(e => e.Field).Order(StringComparer.Ordinal));
        Assert.Equal(["unchanged", "rejected"], second.Items.Select(i => i.Outcome));
        Assert.Equal(first.Items[0].Id, second.Items[0].Id);
    }

    private static ResourceContent Item(string reference, string capacity = "40", string validTo = "2027-06-30") => new()
    {
        Title = $"钦州港 舱位 {reference}",
        Category = "LogisticsCapacity",
        Capacity = capacity,
        Unit = "TEU/月",
        ValidFrom = "2026-01-01",
        ValidTo = validTo,
        ExternalReference = reference,
    };

    private static Metadata Bearer(DemoOrgan organ) => new() { { "Authorization", $"Bearer {TestTokens.Member(organ)}" } };
}
