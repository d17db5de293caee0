using Corridor.BuildingBlocks.Security;
using Corridor.DirectoryService.Organs;
using Grpc.Core;
using static Corridor.BuildingBlocks.Grpc.GrpcArguments;
using G = Corridor.Contracts.Directory.V1;

namespace Corridor.DirectoryService.Grpc;

/// <summary>The organs over gRPC.</summary>
internal sealed partial class DirectoryGrpcService
{
    [ReadOnlyCall]
    public override async Task<G.OrganReply> GetOrgan(G.GetOrganRequest request, ServerCallContext context) =>
        DirectoryReplies.Organ(await useCases.RunAsync(new GetOrgan(request.OrganId), context.CancellationToken));

    [ReadOnlyCall]
    public override async Task<G.GetOrgansReply> GetOrgans(G.GetOrgansRequest request, ServerCallContext context)
    {
        var batch = await useCases.RunAsync(new GetOrgans(request.OrganIds.ToArray()), context.CancellationToken);
        var reply = new G.GetOrgansReply();
        reply.Organs.AddRange(batch.Organs.Select(DirectoryReplies.Organ));
        reply.UnknownOrganIds.AddRange(batch.UnknownOrganIds);
        return reply;
    }

    [ReadOnlyCall]
    public override async Task<G.ListOrgansReply> ListOrgans(G.ListOrgansRequest request, ServerCallContext context)
    {
        var page = await useCases.RunAsync(
            new ListOrgans(
                Optional(request.RegionCode), Optional(request.Level), Optional(request.Kind), Optional(request.Status), Optional(request.Q),
                Optional(request.PageToken), request.PageSize == 0 ? null : request.PageSize),
            context.CancellationToken);
        var reply = new G.ListOrgansReply { NextPageToken = page.NextCursor ?? "" };
        reply.Organs.AddRange(page.Items.Select(DirectoryReplies.Organ));
        return reply;
    }

    public override async Task<G.OrganReply> RegisterOrgan(G.RegisterOrganRequest request, ServerCallContext context)
    {
        var fields = request.Fields ?? new G.OrganFields();
        return DirectoryReplies.Organ(await useCases.RunAsync(
            new RegisterOrgan(
                Optional(request.OrganId), Optional(request.RegionCode), Optional(fields.FullName), Optional(fields.ShortName), Optional(fields.Level),
                Optional(fields.Kind), Optional(fields.ParentOrganId), Optional(request.ExternalReference)),
            context.CancellationToken));
    }

    public override async Task<G.OrganReply> UpdateOrgan(G.UpdateOrganRequest request, ServerCallContext context) =>
        DirectoryReplies.Organ(await useCases.RunAsync(
            new UpdateOrgan(request.OrganId, Expected(request.ExpectedVersion), Optional(request.Level), Optional(request.Kind), Optional(request.ParentOrganId)),
            context.CancellationToken));

    public override async Task<G.OrganReply> RenameOrgan(G.RenameOrganRequest request, ServerCallContext context) =>
        DirectoryReplies.Organ(await useCases.RunAsync(
            new RenameOrgan(
                request.OrganId, Expected(request.ExpectedVersion), Optional(request.FullName), Optional(request.ShortName), Date(request.EffectiveOn, "EffectiveOn")),
            context.CancellationToken));

    public override async Task<G.OrganReply> RetireOrgan(G.RetireOrganRequest request, ServerCallContext context) =>
        DirectoryReplies.Organ(await useCases.RunAsync(
            new RetireOrgan(request.OrganId, Expected(request.ExpectedVersion), Date(request.RetiredOn, "RetiredOn"), Optional(request.Reason)),
            context.CancellationToken));

    public override async Task<G.OrganReply> ReinstateOrgan(G.ReinstateOrganRequest request, ServerCallContext context) =>
        DirectoryReplies.Organ(await useCases.RunAsync(new ReinstateOrgan(request.OrganId, Expected(request.ExpectedVersion)), context.CancellationToken));

    public override async Task<G.UpsertOrganReply> UpsertOrgan(G.UpsertOrganRequest request, ServerCallContext context)
    {
        var fields = request.Fields ?? new G.OrganFields();
        var upserted = await useCases.RunAsync(
            new UpsertOrgan(
                request.ExternalReference, Expected(request.ExpectedVersion), Optional(request.OrganId), Optional(request.RegionCode), Optional(fields.FullName),
                Optional(fields.ShortName), Optional(fields.Level), Optional(fields.Kind), Optional(fields.ParentOrganId)),
            context.CancellationToken);
        return new G.UpsertOrganReply { Outcome = upserted.Outcome, Organ = DirectoryReplies.Organ(upserted.Organ) };
    }
}
