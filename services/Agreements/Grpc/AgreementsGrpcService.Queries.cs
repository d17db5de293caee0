using Corridor.Agreements.Agreements;
using Corridor.Agreements.Agreements.Queries;
using Corridor.Agreements.Scorecards;
using Corridor.BuildingBlocks.Grpc;
using Corridor.BuildingBlocks.Security;
using Grpc.Core;
using G = Corridor.Contracts.Agreements.V1;

namespace Corridor.Agreements.Grpc;

/// <summary>Reading agreements, their history and their scorecards.</summary>
internal sealed partial class AgreementsGrpcService
{
    [ReadOnlyCall]
    public override async Task<G.AgreementReply> GetAgreement(G.GetAgreementRequest request, ServerCallContext context) =>
        await Reply(await useCases.RunAsync(new GetAgreement(GrpcRequests.AgreementId(request.AgreementId)), context.CancellationToken), context.CancellationToken);

    [ReadOnlyCall]
    public override async Task<G.ListAgreementsReply> ListAgreements(G.ListAgreementsRequest request, ServerCallContext context)
    {
        var page = await useCases.RunAsync(
            new ListAgreements(
                GrpcArguments.Optional(request.Status), GrpcArguments.Optional(request.Kind), GrpcArguments.Optional(request.Region), GrpcArguments.Optional(request.Organ),
                GrpcArguments.Optional(request.PageToken), request.PageSize == 0 ? null : request.PageSize),
            context.CancellationToken);
        return new G.ListAgreementsReply { Agreements = { await Replies(page.Items, context.CancellationToken) }, NextPageToken = page.NextCursor ?? "" };
    }

    [ReadOnlyCall]
    public override async Task<G.ListAgreementsReply> ListExpiring(G.ListExpiringRequest request, ServerCallContext context)
    {
        var expiring = await useCases.RunAsync(new ListExpiringAgreements(request.WithinDays == 0 ? null : request.WithinDays), context.CancellationToken);
        return new G.ListAgreementsReply { Agreements = { await Replies(expiring.Agreements, context.CancellationToken) } };
    }

    [ReadOnlyCall]
    public override async Task<G.HistoryReply> GetHistory(G.GetAgreementRequest request, ServerCallContext context)
    {
        var lines = await useCases.RunAsync(new GetAgreementHistory(GrpcRequests.AgreementId(request.AgreementId)), context.CancellationToken);
        var names = await directory.NamesAsync(lines.Select(h => h.ByOrganId), context.CancellationToken);
        return new G.HistoryReply { Lines = { lines.Select(h => AgreementReplies.HistoryLine(AgreementTransitionResponse.Of(h, names))) } };
    }

    [ReadOnlyCall]
    public override async Task<G.ScorecardReply> GetScorecard(G.GetScorecardRequest request, ServerCallContext context)
    {
        var card = await useCases.RunAsync(
            new GetScorecard(GrpcRequests.AgreementId(request.AgreementId), request.Year == 0 ? null : request.Year), context.CancellationToken);
        return new G.ScorecardReply { AgreementId = card.AgreementId.ToString(), Year = card.Year, Agreements = 1, Areas = { card.Areas.Select(AgreementReplies.Score) } };
    }

    [ReadOnlyCall]
    public override async Task<G.ScorecardReply> GetRollUp(G.GetRollUpRequest request, ServerCallContext context)
    {
        var card = await useCases.RunAsync(new GetRollUp(GrpcArguments.Optional(request.Region), request.Year == 0 ? null : request.Year), context.CancellationToken);
        return new G.ScorecardReply { Region = card.Region ?? "", Year = card.Year, Agreements = card.Agreements, Areas = { card.Areas.Select(AgreementReplies.Score) } };
    }
}
