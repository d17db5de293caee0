using System.Net.Http.Headers;
using System.Net.Http.Json;
using Corridor.BuildingBlocks.Idempotency;
using Corridor.Contracts.Lists.V1;
using Corridor.Lists.Submissions;
using Corridor.Lists.Submissions.Batches;
using Corridor.Lists.Tests.Integration;
using Corridor.Testing;
using Corridor.Testing.Parity;
using Corridor.TestKit;
using Grpc.Net.Client;
using static Corridor.Lists.Tests.Parity.AreaRefusals;
using static Corridor.Lists.Tests.Parity.ProblemsParityTests;

namespace Corridor.Lists.Tests.Parity;

/// <summary>
/// Every submission use case refuses a too-long key, a too-big batch and a reused key identically over REST and gRPC
/// (the reused key is 422 on both); the spreadsheet imports exist over REST only.
/// </summary>
[Collection(SharedRabbitMq.CollectionName)]
public sealed class SubmissionsParityTests(SharedRabbitMq rabbitMq)
{
    private const string R = "/api/v1/resources";
    private const string P = "/api/v1/problems";

    [SkippableFact]
    public async Task Every_submission_use_case_answers_REST_and_gRPC_with_the_same_refusal()
    {
        await using var host = await ListsHost.StartAsync(await rabbitMq.CreateVirtualHostAsync());
        using var channel = GrpcChannel.ForAddress(host.GrpcAddress);
        var grpc = new Contracts.Lists.V1.Submissions.SubmissionsClient(channel);
        var member = TestTokens.Member(DemoOrgans.Qinzhou);
        var tooLong = new string('k', IdempotencyKeys.MaxKeyLength + 1);
        var tooMany = Enumerable.Repeat(new { }, BatchSubmission.MaxItems + 1).ToArray();
        using (var first = await Batch(host, member, $"{R}/batch", new { items = Array.Empty<object>() }, "parity-reused"))
        {
            first.EnsureSuccessStatusCode();
        }

        using (var first = await Batch(host, member, $"{P}/batch", new { items = Array.Empty<object>() }, "parity-reused-problems"))
        {
            first.EnsureSuccessStatusCode();
        }

        ParityRow[] rows =
        [
            Row<SubmitResourceBatch>(
                Refusal.Invalid("Idempotency-Key", "items"),
                () => Batch(host, member, $"{R}/batch", new { items = tooMany }, tooLong),
                () => grpc.SubmitResourceBatchAsync(ResourceBatch(tooLong, BatchSubmission.MaxItems + 1), Bearer(member)).ResponseAsync),
            Row<SubmitResourceBatch>(
                Refusal.Of(RefusalKind.Unprocessable, "idempotency.key-reused"),
                () => Batch(host, member, $"{R}/batch", new { items = new[] { new { } } }, "parity-reused"),
                () => grpc.SubmitResourceBatchAsync(ResourceBatch("parity-reused", 1), Bearer(member)).ResponseAsync),
            Row<SubmitProblemBatch>(
                Refusal.Invalid("Idempotency-Key", "items"),
                () => Batch(host, member, $"{P}/batch", new { items = tooMany }, tooLong),
                () => grpc.SubmitProblemBatchAsync(ProblemBatch(tooLong, BatchSubmission.MaxItems + 1), Bearer(member)).ResponseAsync),
            Row<SubmitProblemBatch>(
                Refusal.Of(RefusalKind.Unprocessable, "idempotency.key-reused"),
                () => Batch(host, member, $"{P}/batch", new { items = new[] { new { } } }, "parity-reused-problems"),
                () => grpc.SubmitProblemBatchAsync(ProblemBatch("parity-reused-problems", 1), Bearer(member)).ResponseAsync),
            RestOnlyRow<ImportResources>(Refusal.Invalid("Idempotency-Key"), () => Import(host, member, $"{R}/import", tooLong)),
            RestOnlyRow<ImportProblems>(Refusal.Invalid("Idempotency-Key"), () => Import(host, member, $"{P}/import", tooLong)),
        ];

        await AssertAsync(rows, "Corridor.Lists.Submissions");
    }

    private static ResourceBatchRequest ResourceBatch(string key, int items)
    {
        var batch = new ResourceBatchRequest { IdempotencyKey = key };
        batch.Items.AddRange(Enumerable.Range(0, items).Select(_ => new ResourceContent()));
        return batch;
    }

    private static ProblemBatchRequest ProblemBatch(string key, int items)
    {
        var batch = new ProblemBatchRequest { IdempotencyKey = key };
        batch.Items.AddRange(Enumerable.Range(0, items).Select(_ => new Contracts.Lists.V1.RaiseProblemRequest()));
        return batch;
    }

    private static async Task<HttpResponseMessage> Batch(ServiceHost<ListsServiceMarker> host, string token, string path, object body, string key)
    {
        using var client = host.CreateRestClient(token);
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body) };
        request.Headers.Add(IdempotencyKeys.Header, key);
        return await client.SendAsync(request);
    }

    private static async Task<HttpResponseMessage> Import(ServiceHost<ListsServiceMarker> host, string token, string path, string key)
    {
        using var client = host.CreateRestClient(token);
        var file = new ByteArrayContent("title\n"u8.ToArray());
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new MultipartFormDataContent { { file, "file", "list.csv" } } };
        request.Headers.Add(IdempotencyKeys.Header, key);
        return await client.SendAsync(request);
    }
}
