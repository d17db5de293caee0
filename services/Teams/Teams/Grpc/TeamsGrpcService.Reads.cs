using Corridor.BuildingBlocks.Security;
using Corridor.Teams.Projects;
using Corridor.Teams.Statistics;
using Grpc.Core;
using static Corridor.BuildingBlocks.Grpc.GrpcArguments;
using G = Corridor.Contracts.Teams.V1;

namespace Corridor.Teams.Teams.Grpc;

/// <summary>The statistics and the approved projects' read model over gRPC.</summary>
internal sealed partial class TeamsGrpcService
{
    [ReadOnlyCall]
    public override async Task<G.StatisticsReply> GetStatistics(G.GetStatisticsRequest request, ServerCallContext context) =>
        StatisticsReplies.Statistics(await useCases.RunAsync(new GetTeamStatistics(Date(request.On, "On")), context.CancellationToken));

    [ReadOnlyCall]
    public override async Task<G.ListApprovedProjectsReply> ListApprovedProjects(G.ListApprovedProjectsRequest request, ServerCallContext context)
    {
        var page = await useCases.RunAsync(
            new ListApprovedProjects(
                Optional(request.Status), Optional(request.Region), Optional(request.Q), Optional(request.PageToken), request.PageSize == 0 ? null : request.PageSize),
            context.CancellationToken);
        var reply = new G.ListApprovedProjectsReply { NextPageToken = page.NextCursor ?? "" };
        reply.Projects.AddRange(page.Items.Select(StatisticsReplies.ApprovedProject));
        return reply;
    }
}
