using System.Globalization;
using Corridor.Contracts.Lists.V1;
using Corridor.Lists.Infrastructure;
using FluentValidation;
using FluentValidation.Results;
using Grpc.Core;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Lists.Resources;

/// <summary>gRPC adapter over the same queries as REST; no rules of its own.</summary>
internal sealed class ResourcesGrpcService(ListsDbContext db) : Contracts.Lists.V1.Resources.ResourcesBase
{
    public override async Task<ResourceReply> GetResource(GetResourceRequest request, ServerCallContext context)
    {
        if (!Guid.TryParse(request.ResourceId, out var id))
        {
            throw new ValidationException([new ValidationFailure(nameof(request.ResourceId), "ResourceId must be a UUID.")]);
        }

        var resource = ResourceQuery.EnsureFound(await db.Resources.AsNoTracking().SingleOrDefaultAsync(r => r.Id == id, context.CancellationToken), id);
        return Reply(ResourceResponse.From(resource));
    }

    public override async Task<ListResourcesReply> ListResources(ListResourcesRequest request, ServerCallContext context)
    {
        var filter = new ResourceFilter(
            Optional(request.Region), Optional(request.Organ), ResourceQuery.ParseCategory(request.Category, nameof(request.Category)),
            ResourceQuery.ParseStatus(request.Status, nameof(request.Status)), ResourceQuery.ParseDate(request.AvailableOn, nameof(request.AvailableOn)),
            Optional(request.Q));
        var cursor = string.IsNullOrEmpty(request.PageToken) ? null : ResourceCursor.Decode(request.PageToken);
        var page = await ResourceQuery.PageAsync(db, filter, cursor, request.PageSize == 0 ? ResourceQuery.DefaultLimit : request.PageSize, context.CancellationToken);
        var reply = new ListResourcesReply { NextPageToken = page.NextCursor ?? "" };
        reply.Resources.AddRange(page.Items.Select(Reply));
        return reply;
    }

    private static ResourceReply Reply(ResourceResponse r) => new()
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
    };

    private static string? Optional(string value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
