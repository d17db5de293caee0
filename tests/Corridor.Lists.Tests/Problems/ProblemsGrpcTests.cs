using Corridor.Contracts.Lists.V1;
using Corridor.Testing;
using Corridor.TestKit;
using Google.Rpc;
using Grpc.Core;
using Grpc.Net.Client;

namespace Corridor.Lists.Tests.Problems;

/// <summary>The Problems gRPC service on a real h2c port: the same rules and errors as REST.</summary>
[Collection(SharedRabbitMq.CollectionName)]
public sealed class ProblemsGrpcTests(SharedRabbitMq rabbitMq)
{
    [SkippableFact]
    public async Task Get_list_and_transitions_answer_with_the_rules_of_the_domain_and_proper_status_codes()
    {
        await using var host = await ProblemsApi.StartAsync(await rabbitMq.CreateVirtualHostAsync());
        var api = new ProblemsApi(host);
        var id = await api.AcceptedAsync();
        var other = await api.RaiseAsync(body: ProblemsApi.RaiseBody(title: "人才引进政策不衔接", category: "Talent"));
        using var channel = GrpcChannel.ForAddress(host.GrpcAddress);
        var client = new Contracts.Lists.V1.Problems.ProblemsClient(channel);
        var responsible = Bearer(ProblemsApi.Responsible);

        var problem = await client.GetProblemAsync(new GetProblemRequest { ProblemId = id.ToString() }, Bearer(ProblemsApi.Raiser));
        Assert.Equal("Accepted", problem.Status);
        Assert.Equal(TestProblems.YulinBureau.Id, problem.ResponsibleOrganId);
        Assert.Equal(2, problem.Version);

        var started = await client.StartProblemAsync(new ProblemActionRequest { ProblemId = id.ToString(), ExpectedVersion = 2 }, responsible);
        Assert.Equal("InProgress", started.Status);
        var reported = await client.ReportProgressAsync(new ReportProgressRequest { ProblemId = id.ToString(), Text = "已协调", SupportNeeded = "需要资金" }, responsible);
        Assert.Equal(1, reported.ProgressReports);
        var urged = await client.UrgeProblemAsync(new UrgeProblemRequest { ProblemId = id.ToString(), Note = "请加快" }, Bearer(TestTokens.Member(DemoOrgans.Hezhou)));
        Assert.Equal(1, urged.Urgings);

        var stale = await Assert.ThrowsAsync<RpcException>(async () =>
            await client.ResolveProblemAsync(new ResolveProblemRequest { ProblemId = id.ToString(), ExpectedVersion = 2, Resolution = "ok" }, responsible));
        Assert.Equal(StatusCode.Aborted, stale.StatusCode);
        var notResponsible = await Assert.ThrowsAsync<RpcException>(async () =>
            await client.ResolveProblemAsync(new ResolveProblemRequest { ProblemId = id.ToString(), Resolution = "ok" }, Bearer(ProblemsApi.Raiser)));
        Assert.Equal(StatusCode.PermissionDenied, notResponsible.StatusCode);
        Assert.Equal("problem.not-responsible", notResponsible.GetRpcStatus()?.GetDetail<ErrorInfo>()?.Reason);
        var illegal = await Assert.ThrowsAsync<RpcException>(async () =>
            await client.StartProblemAsync(new ProblemActionRequest { ProblemId = other.ToString() }, responsible));
        Assert.Equal(StatusCode.FailedPrecondition, illegal.StatusCode);
        Assert.Equal("problem.illegal-transition", illegal.GetRpcStatus()?.GetDetail<ErrorInfo>()?.Reason);
        var resolved = await client.ResolveProblemAsync(new ResolveProblemRequest { ProblemId = id.ToString(), ExpectedVersion = 5, Resolution = "已解决" }, responsible);
        Assert.Equal("Resolved", resolved.Status);

        var first = await client.ListProblemsAsync(new ListProblemsRequest { PageSize = 1 }, Bearer(ProblemsApi.Raiser));
        Assert.Equal(id.ToString(), Assert.Single(first.Problems).ProblemId);
        var second = await client.ListProblemsAsync(new ListProblemsRequest { PageSize = 1, PageToken = first.NextPageToken }, Bearer(ProblemsApi.Raiser));
        Assert.Equal(other.ToString(), Assert.Single(second.Problems).ProblemId);
        Assert.Equal("", second.NextPageToken);
        var talent = await client.ListProblemsAsync(new ListProblemsRequest { Category = "Talent" }, Bearer(ProblemsApi.Raiser));
        Assert.Equal(other.ToString(), Assert.Single(talent.Problems).ProblemId);

        var badFilter = await Assert.ThrowsAsync<RpcException>(async () =>
            await client.ListProblemsAsync(new ListProblemsRequest { Category = "Weather", PageSize = 500 }, Bearer(ProblemsApi.Raiser)));
        Assert.Equal(StatusCode.InvalidArgument, badFilter.StatusCode);
        Assert.Equal(["Category", "Limit"], (badFilter.GetRpcStatus()?.GetDetail<BadRequest>()?.FieldViolations ?? []).Select(v => v.Field).Order());
        var unknown = await Assert.ThrowsAsync<RpcException>(async () =>
            await client.GetProblemAsync(new GetProblemRequest { ProblemId = Guid.NewGuid().ToString() }, Bearer(ProblemsApi.Raiser)));
        Assert.Equal(StatusCode.NotFound, unknown.StatusCode);
        var malformed = await Assert.ThrowsAsync<RpcException>(async () =>
            await client.GetProblemAsync(new GetProblemRequest { ProblemId = "42" }, Bearer(ProblemsApi.Raiser)));
        Assert.Equal(StatusCode.InvalidArgument, malformed.StatusCode);
    }

    private static Metadata Bearer(string token) => new() { { "Authorization", $"Bearer {token}" } };
}
