using Corridor.Agreements.Activities;
using Corridor.Agreements.Activities.Queries;
using Corridor.BuildingBlocks.Grpc;
using Corridor.BuildingBlocks.Security;
using Grpc.Core;
using G = Corridor.Contracts.Agreements.V1;

namespace Corridor.Agreements.Grpc;

/// <summary>Recording, correcting and listing an agreement's activities.</summary>
internal sealed partial class AgreementsGrpcService
{
    public override async Task<G.ActivityReply> RecordActivity(G.RecordActivityRequest request, ServerCallContext context) =>
        await Reply(
            await useCases.RunAsync(
                Activities.Recording.RecordActivity.From(
                    GrpcRequests.AgreementId(request.AgreementId),
                    Fields(request.Area, request.Date, request.HostOrganId, request.ParticipatingOrganIds, request.ParticipantCount, request.Summary, request.Evidence)),
                context.CancellationToken),
            context.CancellationToken);

    public override async Task<G.UpsertActivityReply> UpsertActivity(G.UpsertActivityRequest request, ServerCallContext context)
    {
        var (activity, outcome) = await useCases.RunAsync(
            Activities.Recording.UpsertActivity.From(
                GrpcRequests.AgreementId(request.AgreementId),
                request.ExternalReference,
                GrpcArguments.Expected(request.ExpectedVersion),
                Fields(request.Area, request.Date, request.HostOrganId, request.ParticipatingOrganIds, request.ParticipantCount, request.Summary, request.Evidence)),
            context.CancellationToken);
        return new G.UpsertActivityReply { Outcome = outcome.ToString(), Activity = await Reply(activity, context.CancellationToken) };
    }

    [ReadOnlyCall]
    public override async Task<G.ListActivitiesReply> ListActivities(G.ListActivitiesRequest request, ServerCallContext context)
    {
        var page = await useCases.RunAsync(
            new ListActivities(
                GrpcRequests.AgreementId(request.AgreementId), GrpcArguments.Optional(request.Area), request.Year == 0 ? null : request.Year,
                GrpcArguments.Optional(request.PageToken), request.PageSize == 0 ? null : request.PageSize),
            context.CancellationToken);
        return new G.ListActivitiesReply { Activities = { await Replies(page.Items, context.CancellationToken) }, NextPageToken = page.NextCursor ?? "" };
    }

    private static ActivityRequest Fields(
        string area, string date, string hostOrganId, IEnumerable<string> participatingOrganIds, int participantCount, string summary, G.DocumentRef? evidence) =>
        new(
            GrpcArguments.Optional(area), GrpcArguments.Date(date, "Date"), hostOrganId, participatingOrganIds.ToArray(), participantCount,
            GrpcArguments.Optional(summary), GrpcRequests.Document(evidence));
}
