using Corridor.Contracts.Lists.V1;
using Corridor.Lists.Tests.Integration;
using Corridor.Testing;
using Corridor.TestKit;
using Google.Rpc;
using Grpc.Core;
using Grpc.Net.Client;

namespace Corridor.Lists.Tests.Matching;

/// <summary>Suggest, propose, accept, decline and release over gRPC on a real h2c port.</summary>
[Collection(SharedRabbitMq.CollectionName)]
public sealed class MatchingGrpcTests(SharedRabbitMq rabbitMq)
{
    [SkippableFact]
    public async Task A_suggested_resource_is_proposed_committed_and_released_and_a_second_proposal_is_declined()
    {
        await using var host = await ListsHost.StartAsync(await rabbitMq.CreateVirtualHostAsync());
        using var channel = GrpcChannel.ForAddress(host.GrpcAddress);
        var problems = new Contracts.Lists.V1.Problems.ProblemsClient(channel);
        var resources = new Contracts.Lists.V1.Resources.ResourcesClient(channel);
        var matching = new Contracts.Lists.V1.Matching.MatchingClient(channel);
        var (yulin, zhaoqing, hezhou) = (Bearer(DemoOrgans.Yulin), Bearer(DemoOrgans.Zhaoqing), Bearer(DemoOrgans.Hezhou));
        var problem = (await problems.RaiseProblemAsync(new RaiseProblemRequest { Title = "集装箱舱位不足", Description = "出口旺季订舱难", Category = "Logistics", Severity = "Medium" }, yulin)).ProblemId;
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var resource = (await resources.OfferResourceAsync(new ResourceContent
        {
            Title = "肇庆 集装箱舱位",
            Category = "LogisticsCapacity",
            Capacity = "100",
            Unit = "TEU/月",
            ValidFrom = today.ToString("yyyy-MM-dd"),
            ValidTo = today.AddDays(90).ToString("yyyy-MM-dd"),
        }, zhaoqing)).ResourceId;

        var suggestions = await matching.SuggestResourcesAsync(new SuggestResourcesRequest { ProblemId = problem }, yulin);
        var best = Assert.Single(suggestions.Suggestions);
        Assert.Equal((resource, ""), (best.Resource.ResourceId, best.PendingMatchId));
        Assert.True(best.Score > 0);
        Assert.Contains(best.Reasons, r => r.Factor == "category" && r.Weight > 0 && r.Explanation.Length > 0);
        var badLimit = await Assert.ThrowsAsync<RpcException>(async () => await matching.SuggestResourcesAsync(new SuggestResourcesRequest { ProblemId = problem, Limit = 1000 }, yulin));
        Assert.Equal(StatusCode.InvalidArgument, badLimit.StatusCode);

        var outsider = await Assert.ThrowsAsync<RpcException>(async () => await matching.ProposeMatchAsync(new ProposeMatchRequest { ProblemId = problem, ResourceId = resource }, hezhou));
        Assert.Equal((StatusCode.PermissionDenied, "match.not-a-party"), (outsider.StatusCode, Reason(outsider)));
        var proposed = await matching.ProposeMatchAsync(new ProposeMatchRequest { ProblemId = problem, ResourceId = resource }, yulin);
        Assert.Equal(("Proposed", 1L), (proposed.Status, proposed.Version));
        Assert.Equal(proposed.MatchId, (await matching.SuggestResourcesAsync(new SuggestResourcesRequest { ProblemId = problem }, yulin)).Suggestions.Single().PendingMatchId);
        var twice = await Assert.ThrowsAsync<RpcException>(async () => await matching.ProposeMatchAsync(new ProposeMatchRequest { ProblemId = problem, ResourceId = resource }, zhaoqing));
        Assert.Equal((StatusCode.FailedPrecondition, "match.already-proposed"), (twice.StatusCode, Reason(twice)));

        var stale = await Assert.ThrowsAsync<RpcException>(async () => await matching.AcceptMatchAsync(new MatchActionRequest { MatchId = proposed.MatchId, ExpectedVersion = 3 }, zhaoqing));
        Assert.Equal(StatusCode.Aborted, stale.StatusCode);
        var committed = await matching.AcceptMatchAsync(new MatchActionRequest { MatchId = proposed.MatchId, ExpectedVersion = 1 }, zhaoqing);
        Assert.Equal("Committed", committed.Status);
        Assert.Equal("Reserved", (await resources.GetResourceAsync(new GetResourceRequest { ResourceId = resource }, yulin)).Status);
        Assert.Equal([proposed.MatchId], (await matching.ListCommitmentsAsync(new ListCommitmentsRequest { ProblemId = problem }, hezhou)).Commitments.Select(c => c.MatchId));
        Assert.Empty((await matching.SuggestResourcesAsync(new SuggestResourcesRequest { ProblemId = problem }, yulin)).Suggestions);

        var noReason = await Assert.ThrowsAsync<RpcException>(async () => await matching.ReleaseCommitmentAsync(new MatchReasonRequest { MatchId = proposed.MatchId }, zhaoqing));
        Assert.Equal(StatusCode.InvalidArgument, noReason.StatusCode);
        var released = await matching.ReleaseCommitmentAsync(new MatchReasonRequest { MatchId = proposed.MatchId, Reason = "舱位另有安排" }, zhaoqing);
        Assert.Equal(("Released", DemoOrgans.Zhaoqing.Id, "舱位另有安排", 3L), (released.Status, released.ReleasedByOrganId, released.ReleaseReason, released.Version));
        Assert.Equal("Available", (await resources.GetResourceAsync(new GetResourceRequest { ResourceId = resource }, yulin)).Status);
        Assert.Empty((await matching.ListCommitmentsAsync(new ListCommitmentsRequest { ProblemId = problem }, yulin)).Commitments);

        var second = await matching.ProposeMatchAsync(new ProposeMatchRequest { ProblemId = problem, ResourceId = resource }, zhaoqing);
        var declined = await matching.DeclineMatchAsync(new MatchReasonRequest { MatchId = second.MatchId, Reason = "企业已自行解决" }, yulin);
        Assert.Equal(("Declined", DemoOrgans.Yulin.Id), (declined.Status, declined.DeclinedByOrganId));
        Assert.Equal("Declined", (await matching.GetMatchAsync(new GetMatchRequest { MatchId = second.MatchId }, hezhou)).Status);
        var unknown = await Assert.ThrowsAsync<RpcException>(async () => await matching.GetMatchAsync(new GetMatchRequest { MatchId = Guid.NewGuid().ToString() }, yulin));
        Assert.Equal(StatusCode.NotFound, unknown.StatusCode);
    }

    private static string? Reason(RpcException error) => error.GetRpcStatus()?.GetDetail<ErrorInfo>()?.Reason;

    private static Metadata Bearer(DemoOrgan organ) => new() { { "Authorization", $"Bearer {TestTokens.Member(organ)}" } };
}
