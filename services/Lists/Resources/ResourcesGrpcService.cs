using System.Globalization;
using Corridor.BuildingBlocks.Grpc;
using Corridor.BuildingBlocks.Security;
using Corridor.BuildingBlocks.Web;
using Corridor.Contracts.Lists.V1;
using Corridor.Lists.Infrastructure;
using FluentValidation;
using FluentValidation.Results;
using Grpc.Core;
using Microsoft.EntityFrameworkCore;
using GrpcWithdrawResourceRequest = Corridor.Contracts.Lists.V1.WithdrawResourceRequest;

namespace Corridor.Lists.Resources;

/// <summary>gRPC adapter over the same queries as REST; no rules of its own.</summary>
internal sealed class ResourcesGrpcService(
    ListsDbContext db, CallerIdentity caller, TimeProvider clock, IValidator<ResourceRequest> validator, IValidator<WithdrawResourceRequest> withdrawValidator)
    : Contracts.Lists.V1.Resources.ResourcesBase
{
    [ReadOnlyCall]
    public override async Task<ResourceReply> GetResource(GetResourceRequest request, ServerCallContext context)
    {
        if (!Guid.TryParse(request.ResourceId, out var id))
        {
            throw new ValidationException([new ValidationFailure(nameof(request.ResourceId), "ResourceId must be a UUID.")]);
        }

        var resource = ResourceQuery.EnsureFound(await db.Resources.AsNoTracking().SingleOrDefaultAsync(r => r.Id == id, context.CancellationToken), id);
        return Reply(ResourceResponse.From(resource));
    }

    [ReadOnlyCall]
    public override async Task<ListResourcesReply> ListResources(ListResourcesRequest request, ServerCallContext context)
    {
        var filter = new ResourceFilter(
            Optional(request.Region), Optional(request.Organ), ResourceQuery.ParseCategory(request.Category, nameof(request.Category)),
            ResourceQuery.ParseStatus(request.Status, nameof(request.Status)), ResourceQuery.ParseDate(request.AvailableOn, nameof(request.AvailableOn)),
            ResourceQuery.ParseText(request.Q, nameof(request.Q)));
        var cursor = PageCursor.Decode(request.PageToken, "cursor");
        var page = await ResourceQuery.PageAsync(db, filter, cursor, request.PageSize == 0 ? ResourceQuery.DefaultLimit : request.PageSize, context.CancellationToken);
        var reply = new ListResourcesReply { NextPageToken = page.NextCursor ?? "" };
        reply.Resources.AddRange(page.Items.Select(Reply));
        return reply;
    }

    public override async Task<ResourceReply> OfferResource(ResourceContent request, ServerCallContext context)
    {
        var content = await ValidAsync(request, context.CancellationToken);
        return Reply(ResourceResponse.From(await ResourceCommands.OfferAsync(db, content.ToInput(), caller, Now(), context.CancellationToken)));
    }

    public override async Task<ResourceReply> UpdateResource(UpdateResourceRequest request, ServerCallContext context)
    {
        var id = GrpcArguments.Id(request.ResourceId, nameof(request.ResourceId));
        var content = await ValidAsync(request.Content ?? new ResourceContent(), context.CancellationToken);
        var required = GrpcArguments.RequireVersion(request.ExpectedVersion);
        return Reply(ResourceResponse.From(await ResourceCommands.ChangeAsync(db, id, required, r => r.Update(content.ToInput(), caller, Now()), context.CancellationToken)));
    }

    public override async Task<ResourceReply> WithdrawResource(GrpcWithdrawResourceRequest request, ServerCallContext context)
    {
        var id = GrpcArguments.Id(request.ResourceId, nameof(request.ResourceId));
        var withdrawal = new WithdrawResourceRequest(request.Reason);
        await withdrawValidator.ValidateAndThrowAsync(withdrawal, context.CancellationToken);
        return await ChangeAsync(id, request.ExpectedVersion, r => r.Withdraw(caller, withdrawal.Reason!.Trim(), Now()), context);
    }

    public override Task<ResourceReply> ExhaustResource(ResourceActionRequest request, ServerCallContext context) =>
        ChangeAsync(GrpcArguments.Id(request.ResourceId, nameof(request.ResourceId)), request.ExpectedVersion, r => r.MarkExhausted(caller, Now()), context);

    public override async Task<UpsertResourceReply> UpsertResource(UpsertResourceRequest request, ServerCallContext context)
    {
        var content = await ValidAsync(request.Content ?? new ResourceContent(), context.CancellationToken);
        var (resource, outcome) = await ResourceCommands.UpsertAsync(
            db, request.ExternalReference, content, caller, GrpcArguments.Expected(request.ExpectedVersion), Now(), context.CancellationToken);
        return new UpsertResourceReply { Outcome = outcome.ToString(), Resource = Reply(ResourceResponse.From(resource)) };
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

    private async Task<ResourceRequest> ValidAsync(ResourceContent content, CancellationToken cancellationToken)
    {
        var request = ToRequest(content);
        await validator.ValidateAndThrowAsync(request, cancellationToken);
        return request;
    }

    private async Task<ResourceReply> ChangeAsync(Guid id, long expectedVersion, Action<Resource> change, ServerCallContext context) =>
        Reply(ResourceResponse.From(await ResourceCommands.ChangeAsync(db, id, GrpcArguments.ExpectVersion(expectedVersion), change, context.CancellationToken)));

    private DateTime Now() => clock.GetUtcNow().UtcDateTime;

    internal static ResourceReply Reply(ResourceResponse r) => new()
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
