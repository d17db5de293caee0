using Corridor.Lists.Matching.Commitments;
using Corridor.Lists.Matching.Proposals;
using Corridor.Lists.Matching.Suggestions;
using Corridor.Lists.Tests.Problems;
using Corridor.Testing.Parity;
using Corridor.TestKit;
using Grpc.Net.Client;
using static Corridor.Lists.Tests.Parity.AreaRefusals;
using static Corridor.Lists.Tests.Parity.ProblemsParityTests;

namespace Corridor.Lists.Tests.Parity;

/// <summary>Every matching use case refuses the same invalid input or unknown record identically over REST and gRPC.</summary>
[Collection(SharedRabbitMq.CollectionName)]
public sealed class MatchingParityTests(SharedRabbitMq rabbitMq)
{
    private const string M = "/api/v1/matches";

    [SkippableFact]
    public async Task Every_matching_use_case_answers_REST_and_gRPC_with_the_same_refusal()
    {
        await using var host = await ProblemsApi.StartAsync(await rabbitMq.CreateVirtualHostAsync());
        var problem = await new ProblemsApi(host).RaiseAsync();
        using var channel = GrpcChannel.ForAddress(host.GrpcAddress);
        var grpc = new Contracts.Lists.V1.Matching.MatchingClient(channel);
        var member = ProblemsApi.Raiser;
        var unknown = Guid.NewGuid().ToString();

        ParityRow[] rows =
        [
            Row<SuggestResources>(
                Refusal.Invalid("limit"),
                () => Send(host, member, HttpMethod.Get, $"{ProblemsApi.Path}/{problem}/suggestions?limit=500"),
                () => grpc.SuggestResourcesAsync(new() { ProblemId = $"{problem}", Limit = 500 }, Bearer(member)).ResponseAsync),
            Row<SuggestResources>(
                Refusal.Of(RefusalKind.NotFound, "not-found"),
                () => Send(host, member, HttpMethod.Get, $"{ProblemsApi.Path}/{unknown}/suggestions"),
                () => grpc.SuggestResourcesAsync(new() { ProblemId = unknown }, Bearer(member)).ResponseAsync),
            Row<ProposeMatch>(
                Refusal.Invalid("ProblemId", "ResourceId"),
                () => Send(host, member, HttpMethod.Post, M, new { }),
                () => grpc.ProposeMatchAsync(new(), Bearer(member)).ResponseAsync),
            Row<ProposeMatch>(
                Refusal.Of(RefusalKind.NotFound, "not-found"),
                () => Send(host, member, HttpMethod.Post, M, new { problemId = unknown, resourceId = unknown }),
                () => grpc.ProposeMatchAsync(new() { ProblemId = unknown, ResourceId = unknown }, Bearer(member)).ResponseAsync),
            Row<GetMatch>(
                Refusal.Of(RefusalKind.NotFound, "not-found"),
                () => Send(host, member, HttpMethod.Get, $"{M}/{unknown}"),
                () => grpc.GetMatchAsync(new() { MatchId = unknown }, Bearer(member)).ResponseAsync),
            Row<AcceptMatch>(
                Refusal.Of(RefusalKind.NotFound, "not-found"),
                () => Send(host, member, HttpMethod.Post, $"{M}/{unknown}/accept"),
                () => grpc.AcceptMatchAsync(new() { MatchId = unknown }, Bearer(member)).ResponseAsync),
            Row<DeclineMatch>(
                Refusal.Invalid("Reason"),
                () => Send(host, member, HttpMethod.Post, $"{M}/{unknown}/decline", new { }),
                () => grpc.DeclineMatchAsync(new() { MatchId = unknown }, Bearer(member)).ResponseAsync),
            Row<ReleaseCommitment>(
                Refusal.Invalid("Reason"),
                () => Send(host, member, HttpMethod.Post, $"{M}/{unknown}/release", new { reason = new string('x', 5000) }),
                () => grpc.ReleaseCommitmentAsync(new() { MatchId = unknown, Reason = new string('x', 5000) }, Bearer(member)).ResponseAsync),
            Row<ListCommitments>(
                Refusal.Of(RefusalKind.NotFound, "not-found"),
                () => Send(host, member, HttpMethod.Get, $"{ProblemsApi.Path}/{unknown}/commitments"),
                () => grpc.ListCommitmentsAsync(new() { ProblemId = unknown }, Bearer(member)).ResponseAsync),
        ];

        await AssertAsync(rows, "Corridor.Lists.Matching");
    }
}
