using System.Net;
using Corridor.Contracts.Events;
using Corridor.Contracts.Lists.V1;
using Corridor.Lists.Infrastructure;
using Corridor.Testing;
using Corridor.TestKit;
using Google.Rpc;
using Grpc.Core;
using Grpc.Net.Client;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Lists.Tests.Problems;

/// <summary>DELETE /api/v1/problems/{id} and gRPC DeleteProblem on a real host: the problem is gone and ProblemRetracted is on the broker.</summary>
[Collection(SharedRabbitMq.CollectionName)]
public sealed class ProblemRetractionApiTests(SharedRabbitMq rabbitMq)
{
    [SkippableFact]
    public async Task The_raising_region_deletes_an_untouched_problem_with_If_Match_and_the_event_reaches_the_broker()
    {
        var vhost = await rabbitMq.CreateVirtualHostAsync();
        await using var retracted = await EventProbe.ListenAsync<ProblemRetracted>(vhost);
        await using var host = await ProblemsApi.StartAsync(vhost);
        var api = new ProblemsApi(host);
        using var raiser = host.CreateRestClient(ProblemsApi.Raiser);
        using var otherRegion = host.CreateRestClient(TestTokens.Member(DemoOrgans.Zhaoqing));
        var id = await api.RaiseAsync(body: ProblemsApi.RaiseBody(externalReference: "YL-DEL-1"));
        var accepted = await api.AcceptedAsync();
        var path = $"{ProblemsApi.Path}/{id}";

        Assert.Equal("precondition-required", (await (await raiser.SendAsync(Delete(path, null))).ReadProblemAsync((HttpStatusCode)428)).GetProperty("code").GetString());
        Assert.Equal("stale-version", (await (await raiser.SendAsync(Delete(path, "\"v2\""))).ReadProblemAsync(HttpStatusCode.PreconditionFailed)).GetProperty("code").GetString());
        Assert.Equal("problem.not-the-raising-region", (await (await otherRegion.SendAsync(Delete(path, "\"v1\""))).ReadProblemAsync(HttpStatusCode.Forbidden)).GetProperty("code").GetString());
        Assert.Equal("problem.not-retractable", (await (await raiser.SendAsync(Delete($"{ProblemsApi.Path}/{accepted}", "\"v2\""))).ReadProblemAsync(HttpStatusCode.Conflict)).GetProperty("code").GetString());
        await (await raiser.SendAsync(Delete($"{ProblemsApi.Path}/{Guid.NewGuid()}", "\"v1\""))).ReadProblemAsync(HttpStatusCode.NotFound);

        using var deleted = await raiser.SendAsync(Delete(path, "\"v1\""));
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);

        await (await raiser.GetAsync(path)).ReadProblemAsync(HttpStatusCode.NotFound);
        var message = (await retracted.WaitForAsync(m => m.GetProperty("problemId").GetGuid() == id, TimeSpan.FromSeconds(30), "ProblemRetracted")).Message;
        Assert.Equal((2L, "YL-DEL-1", DemoOrgans.Yulin.Id), (message.GetProperty("aggregateVersion").GetInt64(), message.GetProperty("externalReference").GetString(), message.GetProperty("retractedByOrganId").GetString()));
        // The reference is free again for the region's next problem; the owned rows went with the aggregate.
        await api.RaiseAsync(body: ProblemsApi.RaiseBody(externalReference: "YL-DEL-1"));
        Assert.Equal((2, 2 + 1), await host.QueryAsync<ListsDbContext, (int, int)>(async db =>
            (await db.Problems.CountAsync(), await db.Problems.SelectMany(p => p.History).CountAsync())));
    }

    [SkippableFact]
    public async Task DeleteProblem_over_gRPC_requires_the_expected_version_and_follows_the_same_rules()
    {
        var vhost = await rabbitMq.CreateVirtualHostAsync();
        await using var retracted = await EventProbe.ListenAsync<ProblemRetracted>(vhost);
        await using var host = await ProblemsApi.StartAsync(vhost);
        var api = new ProblemsApi(host);
        var id = (await api.RaiseAsync()).ToString();
        var accepted = (await api.AcceptedAsync()).ToString();
        using var channel = GrpcChannel.ForAddress(host.GrpcAddress);
        var client = new Contracts.Lists.V1.Problems.ProblemsClient(channel);
        var raiser = new Metadata { { "Authorization", $"Bearer {ProblemsApi.Raiser}" } };

        var missing = await Assert.ThrowsAsync<RpcException>(async () => await client.DeleteProblemAsync(new DeleteProblemRequest { ProblemId = id }, raiser));
        Assert.Equal((StatusCode.FailedPrecondition, "precondition-required"), (missing.StatusCode, Reason(missing)));
        var stale = await Assert.ThrowsAsync<RpcException>(async () => await client.DeleteProblemAsync(new DeleteProblemRequest { ProblemId = id, ExpectedVersion = 4 }, raiser));
        Assert.Equal(StatusCode.Aborted, stale.StatusCode);
        var handled = await Assert.ThrowsAsync<RpcException>(async () => await client.DeleteProblemAsync(new DeleteProblemRequest { ProblemId = accepted, ExpectedVersion = 2 }, raiser));
        Assert.Equal((StatusCode.FailedPrecondition, "problem.not-retractable"), (handled.StatusCode, Reason(handled)));

        var reply = await client.DeleteProblemAsync(new DeleteProblemRequest { ProblemId = id, ExpectedVersion = 1 }, raiser);
        Assert.Equal((id, 2L), (reply.ProblemId, reply.Version));
        var gone = await Assert.ThrowsAsync<RpcException>(async () => await client.GetProblemAsync(new GetProblemRequest { ProblemId = id }, raiser));
        Assert.Equal(StatusCode.NotFound, gone.StatusCode);
        await retracted.WaitForAsync(m => m.GetProperty("problemId").GetString() == id, TimeSpan.FromSeconds(30), "ProblemRetracted");
    }

    private static HttpRequestMessage Delete(string path, string? ifMatch)
    {
        var request = new HttpRequestMessage(HttpMethod.Delete, path);
        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }

        return request;
    }

    private static string? Reason(RpcException error) => error.GetRpcStatus()?.GetDetail<ErrorInfo>()?.Reason;
}
