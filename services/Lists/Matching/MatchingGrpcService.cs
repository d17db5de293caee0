using Corridor.BuildingBlocks.Grpc;
using Corridor.BuildingBlocks.Security;
using Corridor.BuildingBlocks.UseCases;
using Corridor.Contracts.Lists.V1;
using Corridor.Lists.Organs;
using Corridor.Lists.Resources;
using Grpc.Core;

namespace Corridor.Lists.Matching;

/// <summary>gRPC adapter over the same matching use cases as REST; no rules of its own.</summary>
internal sealed class MatchingGrpcService(UseCaseRunner useCases)
    : Contracts.Lists.V1.Matching.MatchingBase
{
    [ReadOnlyCall]
    public override async Task<SuggestionsReply> SuggestResources(SuggestResourcesRequest request, ServerCallContext context)
    {
        var suggestions = await useCases.RunAsync(
            new Suggestions.SuggestResources(GrpcArguments.Id(request.ProblemId, nameof(request.ProblemId)), request.Limit == 0 ? null : request.Limit),
            context.CancellationToken);
        var reply = new SuggestionsReply();
        reply.Suggestions.AddRange(suggestions.Select(s =>
        {
            var suggestion = new Suggestion { Resource = ResourcesGrpcService.Reply(s.Resource), Score = s.Score, PendingMatchId = s.PendingMatchId?.ToString() ?? "" };
            suggestion.Reasons.AddRange(s.Reasons.Select(r => new SuggestionReason { Factor = r.Factor, Weight = r.Weight, Explanation = r.Explanation }));
            return suggestion;
        }));
        return reply;
    }

    public override async Task<MatchReply> ProposeMatch(Contracts.Lists.V1.ProposeMatchRequest request, ServerCallContext context) =>
        Reply(await useCases.RunAsync(
            new Proposals.ProposeMatch(
                GrpcArguments.OptionalId(request.ProblemId, nameof(request.ProblemId)), GrpcArguments.OptionalId(request.ResourceId, nameof(request.ResourceId))),
            context.CancellationToken));

    [ReadOnlyCall]
    public override async Task<MatchReply> GetMatch(GetMatchRequest request, ServerCallContext context) =>
        Reply(await useCases.RunAsync(new Commitments.GetMatch(Id(request.MatchId)), context.CancellationToken));

    public override async Task<MatchReply> AcceptMatch(MatchActionRequest request, ServerCallContext context) =>
        Reply(await useCases.RunAsync(new Commitments.AcceptMatch(Id(request.MatchId), GrpcArguments.Expected(request.ExpectedVersion)), context.CancellationToken));

    public override async Task<MatchReply> DeclineMatch(MatchReasonRequest request, ServerCallContext context) =>
        Reply(await useCases.RunAsync(
            new Commitments.DeclineMatch(Id(request.MatchId), GrpcArguments.Expected(request.ExpectedVersion), GrpcArguments.Optional(request.Reason)),
            context.CancellationToken));

    public override async Task<MatchReply> ReleaseCommitment(MatchReasonRequest request, ServerCallContext context) =>
        Reply(await useCases.RunAsync(
            new Commitments.ReleaseCommitment(Id(request.MatchId), GrpcArguments.Expected(request.ExpectedVersion), GrpcArguments.Optional(request.Reason)),
            context.CancellationToken));

    [ReadOnlyCall]
    public override async Task<ListCommitmentsReply> ListCommitments(ListCommitmentsRequest request, ServerCallContext context)
    {
        var reply = new ListCommitmentsReply();
        reply.Commitments.AddRange((await useCases.RunAsync(
            new Commitments.ListCommitments(GrpcArguments.Id(request.ProblemId, nameof(request.ProblemId))), context.CancellationToken)).Select(Reply));
        return reply;
    }

    private static Guid Id(string matchId) => GrpcArguments.Id(matchId, "MatchId");

    private static MatchReply Reply(MatchResponse m) => new MatchReply
    {
        MatchId = m.Id.ToString(),
        ProblemId = m.ProblemId.ToString(),
        ResourceId = m.ResourceId.ToString(),
        RaisingOrganId = m.RaisingOrganId,
        RaisingRegionCode = m.RaisingRegionCode,
        OfferingOrganId = m.OfferingOrganId,
        OfferingRegionCode = m.OfferingRegionCode,
        ProposedByOrganId = m.ProposedByOrganId,
        Status = m.Status,
        DeclinedByOrganId = m.DeclinedByOrganId ?? "",
        DeclineReason = m.DeclineReason ?? "",
        CommittedAt = GrpcArguments.Text(m.CommittedAt),
        ReleasedByOrganId = m.ReleasedByOrganId ?? "",
        ReleaseReason = m.ReleaseReason ?? "",
        Version = m.Version,
    }
        .WithOrganName(m.RaisingOrganName, (r, name) => r.RaisingOrganName = name)
        .WithOrganName(m.OfferingOrganName, (r, name) => r.OfferingOrganName = name)
        .WithOrganName(m.ProposedByOrganName, (r, name) => r.ProposedByOrganName = name)
        .WithOrganName(m.DeclinedByOrganName, (r, name) => r.DeclinedByOrganName = name)
        .WithOrganName(m.ReleasedByOrganName, (r, name) => r.ReleasedByOrganName = name);
}
