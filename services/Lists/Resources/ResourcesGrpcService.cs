using System.Globalization;
using Corridor.BuildingBlocks.Grpc;
using Corridor.BuildingBlocks.Security;
using Corridor.BuildingBlocks.UseCases;
using Corridor.Contracts.Lists.V1;
using Corridor.Lists.Organs;
using Grpc.Core;
using GrpcWithdrawResourceRequest = Corridor.Contracts.Lists.V1.WithdrawResourceRequest;

namespace Corridor.Lists.Resources;

/// <summary>gRPC adapter over the same use cases as REST; no rules of its own.</summary>
internal sealed class ResourcesGrpcService(UseCaseRunner useCases)
    : Contracts.Lists.V1.Resources.ResourcesBase
{
    [ReadOnlyCall]
    public override async Task<ResourceReply> GetResource(GetResourceRequest request, ServerCallContext context) =>
        Reply(await useCases.RunAsync(new Queries.GetResource(Id(request.ResourceId)), context.CancellationToken));

    [ReadOnlyCall]
    public override async Task<ListResourcesReply> ListResources(ListResourcesRequest request, ServerCallContext context)
    {
        var page = await useCases.RunAsync(
            new Queries.ListResources(
                GrpcArguments.Optional(request.Region), GrpcArguments.Optional(request.Organ), GrpcArguments.Optional(request.Category),
                GrpcArguments.Optional(request.Status), GrpcArguments.Optional(request.AvailableOn), GrpcArguments.Optional(request.Q),
                GrpcArguments.Optional(request.PageToken), request.PageSize == 0 ? null : request.PageSize),
            context.CancellationToken);
        var reply = new ListResourcesReply { NextPageToken = page.NextCursor ?? "" };
        reply.Resources.AddRange(page.Items.Select(Reply));
        return reply;
    }

    public override async Task<ResourceReply> OfferResource(ResourceContent request, ServerCallContext context) =>
        Reply(await useCases.RunAsync(Offering.OfferResource.From(ToRequest(request)), context.CancellationToken));

    public override async Task<ResourceReply> UpdateResource(UpdateResourceRequest request, ServerCallContext context)
    {
        var content = ToRequest(request.Content ?? new ResourceContent());
        return Reply(await useCases.RunAsync(
            new Offering.UpdateResource(
                Id(request.ResourceId), GrpcArguments.Expected(request.ExpectedVersion), content.Title, content.Description, content.Category, content.Capacity,
                content.Unit, content.ValidFrom, content.ValidTo, content.ExternalReference),
            context.CancellationToken));
    }

    public override async Task<ResourceReply> WithdrawResource(GrpcWithdrawResourceRequest request, ServerCallContext context) =>
        Reply(await useCases.RunAsync(
            new Offering.WithdrawResource(Id(request.ResourceId), GrpcArguments.Expected(request.ExpectedVersion), GrpcArguments.Optional(request.Reason)),
            context.CancellationToken));

    public override async Task<ResourceReply> ExhaustResource(ResourceActionRequest request, ServerCallContext context) =>
        Reply(await useCases.RunAsync(new Offering.ExhaustResource(Id(request.ResourceId), GrpcArguments.Expected(request.ExpectedVersion)), context.CancellationToken));

    public override async Task<UpsertResourceReply> UpsertResource(UpsertResourceRequest request, ServerCallContext context)
    {
        var content = ToRequest(request.Content ?? new ResourceContent());
        var upserted = await useCases.RunAsync(
            new Offering.UpsertResource(
                request.ExternalReference, GrpcArguments.Expected(request.ExpectedVersion), content.Title, content.Description, content.Category, content.Capacity,
                content.Unit, content.ValidFrom, content.ValidTo, content.ExternalReference),
            context.CancellationToken);
        return new UpsertResourceReply { Outcome = upserted.Outcome, Resource = Reply(upserted.Resource) };
    }

    /// <summary>The proto content as the REST request record, checked by the same validator.</summary>
    public static ResourceRequest ToRequest(ResourceContent content) => new(
        GrpcArguments.Optional(content.Title),
        GrpcArguments.Optional(content.Description),
        GrpcArguments.Optional(content.Category),
        GrpcArguments.Decimal(content.Capacity, nameof(content.Capacity)),
        GrpcArguments.Optional(content.Unit),
        GrpcArguments.Date(content.ValidFrom, nameof(content.ValidFrom)),
        GrpcArguments.Date(content.ValidTo, nameof(content.ValidTo)),
        GrpcArguments.Optional(content.ExternalReference));

    private static Guid Id(string resourceId) => GrpcArguments.Id(resourceId, "ResourceId");

    internal static ResourceReply Reply(ResourceResponse r) => new ResourceReply
    {
        ResourceId = r.Id.ToString(),
        Title = r.Title,
        Description = r.Description,
        Category = r.Category,
        Capacity = r.Capacity.ToString(CultureInfo.InvariantCulture),
        Unit = r.Unit,
        ValidFrom = r.ValidFrom.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ValidTo = r.ValidTo.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        OrganId = r.OrganId,
        RegionCode = r.RegionCode,
        ExternalReference = r.ExternalReference ?? "",
        Status = r.Status,
        Version = r.Version,
    }.WithOrganName(r.OrganName, (reply, name) => reply.OrganName = name);
}
