using Corridor.BuildingBlocks.Security;
using Corridor.BuildingBlocks.UseCases;
using Corridor.DirectoryService.Regions;
using Grpc.Core;
using static Corridor.BuildingBlocks.Grpc.GrpcArguments;
using G = Corridor.Contracts.Directory.V1;

namespace Corridor.DirectoryService.Grpc;

/// <summary>
/// gRPC adapter over the same use cases as REST: proto "absent" values become null so the same validators, rules and
/// handlers answer both; no rules of its own. Regions here, organs in DirectoryGrpcService.Organs.cs, contacts in
/// DirectoryGrpcService.Contacts.cs.
/// </summary>
internal sealed partial class DirectoryGrpcService(UseCaseRunner useCases) : G.Directory.DirectoryBase
{
    [ReadOnlyCall]
    public override async Task<G.RegionReply> GetRegion(G.GetRegionRequest request, ServerCallContext context) =>
        DirectoryReplies.Region(await useCases.RunAsync(new GetRegion(request.Code), context.CancellationToken));

    [ReadOnlyCall]
    public override async Task<G.ListRegionsReply> ListRegions(G.ListRegionsRequest request, ServerCallContext context)
    {
        var regions = await useCases.RunAsync(new ListRegions(Optional(request.ParentCode), Optional(request.Q)), context.CancellationToken);
        var reply = new G.ListRegionsReply();
        reply.Regions.AddRange(regions.Select(DirectoryReplies.Region));
        return reply;
    }

    [ReadOnlyCall]
    public override async Task<G.ListMemberRegionsReply> ListMemberRegions(G.ListMemberRegionsRequest request, ServerCallContext context)
    {
        var regions = await useCases.RunAsync(new ListMemberRegions(Date(request.AsOf, "AsOf")), context.CancellationToken);
        var reply = new G.ListMemberRegionsReply();
        reply.Regions.AddRange(regions.Select(DirectoryReplies.Region));
        return reply;
    }

    public override async Task<G.RegionReply> JoinRegion(G.JoinRegionRequest request, ServerCallContext context) =>
        DirectoryReplies.Region(await useCases.RunAsync(
            new JoinRegion(request.Code, Expected(request.ExpectedVersion), Date(request.JoinedOn, "JoinedOn"), Optional(request.Role)), context.CancellationToken));

    public override async Task<G.RegionReply> LeaveRegion(G.LeaveRegionRequest request, ServerCallContext context) =>
        DirectoryReplies.Region(await useCases.RunAsync(
            new LeaveRegion(request.Code, Expected(request.ExpectedVersion), Date(request.LeftOn, "LeftOn")), context.CancellationToken));
}
