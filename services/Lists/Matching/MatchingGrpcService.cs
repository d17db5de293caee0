using Corridor.BuildingBlocks.Grpc;
using Corridor.BuildingBlocks.Security;
using Corridor.Contracts.Lists.V1;
using Corridor.Lists.Infrastructure;
using Corridor.Lists.Resources;
using FluentValidation;
using Grpc.Core;

namespace Corridor.Lists.Matching;

/// <summary>gRPC adapter over the same matching operations and validators as REST; no rules of its own.</summary>
internal sealed class MatchingGrpcService(
    ListsDbContext db, CallerIdentity caller, TimeProvider clock, IValidator<DeclineMatchRequest> declineValidator, IValidator<ReleaseCommitmentRequest> releaseValidator)
    : Contracts.Lists.V1.Matching.MatchingBase
{
    [ReadOnlyCall]
    public override async Task<SuggestionsReply> SuggestResources(SuggestResourcesRequest request, ServerCallContext context)
    {
        var suggestions = await SuggestionEndpoints.SuggestAsync(
            db, GrpcArguments.Id(request.ProblemId, nameof(request.ProblemId)), request.Limit == 0 ? SuggestionEndpoints.DefaultLimit : request.Limit,
            DateOnly.FromDateTime(Now()), context.CancellationToken);
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
        Reply(await MatchCommands.ProposeAsync(
            db, GrpcArguments.Id(request.ProblemId, nameof(request.ProblemId)), GrpcArguments.Id(request.ResourceId, nameof(request.ResourceId)),
            caller, Now(), context.CancellationToken));

    [ReadOnlyCall]
    public override async Task<MatchReply> GetMatch(GetMatchRequest request, ServerCallContext context) =>
        Reply(await MatchCommands.GetAsync(db, GrpcArguments.Id(request.MatchId, nameof(request.MatchId)), context.CancellationToken));

    public override async Task<MatchReply> AcceptMatch(MatchActionRequest request, ServerCallContext context) =>
        Reply(await MatchCommands.AcceptAsync(
            db, GrpcArguments.Id(request.MatchId, nameof(request.MatchId)), GrpcArguments.ExpectVersion(request.ExpectedVersion), caller, Now(), context.CancellationToken));

    public override async Task<MatchReply> DeclineMatch(MatchReasonRequest request, ServerCallContext context)
    {
        var decline = new DeclineMatchRequest(GrpcArguments.Optional(request.Reason));
        await declineValidator.ValidateAndThrowAsync(decline, context.CancellationToken);
        return Reply(await MatchCommands.DeclineAsync(
            db, GrpcArguments.Id(request.MatchId, nameof(request.MatchId)), GrpcArguments.ExpectVersion(request.ExpectedVersion), decline.Reason!, caller, Now(),
            context.CancellationToken));
    }

    public override async Task<MatchReply> ReleaseCommitment(MatchReasonRequest request, ServerCallContext context)
    {
        var release = new ReleaseCommitmentRequest(GrpcArguments.Optional(request.Reason));
        await releaseValidator.ValidateAndThrowAsync(release, context.CancellationToken);
        return Reply(await MatchCommands.ReleaseAsync(
            db, GrpcArguments.Id(request.MatchId, nameof(request.MatchId)), GrpcArguments.ExpectVersion(request.ExpectedVersion), release.Reason!, caller, Now(),
            context.CancellationToken));
    }

    [ReadOnlyCall]
    public override async Task<ListCommitmentsReply> ListCommitments(ListCommitmentsRequest request, ServerCallContext context)
    {
        var reply = new ListCommitmentsReply();
        reply.Commitments.AddRange((await MatchCommands.CommitmentsAsync(db, GrpcArguments.Id(request.ProblemId, nameof(request.ProblemId)), context.CancellationToken)).Select(Reply));
        return reply;
    }

    private static MatchReply Reply(Match m) => new()
    {
        MatchId = m.Id.ToString(),
        ProblemId = m.ProblemId.ToString(),
        ResourceId = m.ResourceId.ToString(),
        RaisingOrganId = m.RaisingOrganId,
        RaisingRegionCode = m.RaisingRegionCode,
        OfferingOrganId = m.OfferingOrganId,
        OfferingRegionCode = m.OfferingRegionCode,
        ProposedByOrganId = m.ProposedByOrganId,
        Status = m.Status.ToString(),
        DeclinedByOrganId = m.DeclinedByOrganId ?? "",
        DeclineReason = m.DeclineReason ?? "",
        CommittedAt = GrpcArguments.Text(m.CommittedAt),
        ReleasedByOrganId = m.ReleasedByOrganId ?? "",
        ReleaseReason = m.ReleaseReason ?? "",
        Version = m.Version,
    };

    private DateTime Now() => clock.GetUtcNow().UtcDateTime;
}
