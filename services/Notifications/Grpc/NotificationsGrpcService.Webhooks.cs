using System.Globalization;
using Corridor.BuildingBlocks.Security;
using Corridor.BuildingBlocks.UseCases;
using Corridor.Notifications.Webhooks;
using FluentValidation;
using FluentValidation.Results;
using Grpc.Core;
using static Corridor.BuildingBlocks.Grpc.GrpcArguments;
using G = Corridor.Contracts.Notifications.V1;

namespace Corridor.Notifications.Grpc;

/// <summary>gRPC adapter over the webhook use cases (the REST ones): "" becomes null; no rules of its own.</summary>
internal sealed class WebhooksGrpcService(UseCaseRunner useCases) : G.Webhooks.WebhooksBase
{
    public override async Task<G.RegisteredEndpointReply> RegisterEndpoint(G.RegisterEndpointRequest request, ServerCallContext context)
    {
        var registered = await useCases.RunAsync(
            new RegisterEndpoint(Optional(request.Url), request.EventKinds.ToArray(), Optional(request.Description)), context.CancellationToken);
        return new G.RegisteredEndpointReply { Endpoint = Reply(registered.Endpoint), Secret = registered.Secret };
    }

    [ReadOnlyCall]
    public override async Task<G.ListEndpointsReply> ListEndpoints(G.ListEndpointsRequest request, ServerCallContext context)
    {
        var reply = new G.ListEndpointsReply();
        reply.Endpoints.AddRange((await useCases.RunAsync(new ListEndpoints(), context.CancellationToken)).Select(Reply));
        return reply;
    }

    [ReadOnlyCall]
    public override async Task<G.EndpointReply> GetEndpoint(G.EndpointIdRequest request, ServerCallContext context) =>
        Reply(await useCases.RunAsync(new GetEndpoint(Id(request.EndpointId, "EndpointId")), context.CancellationToken));

    [ReadOnlyCall]
    public override async Task<G.SecretReply> GetSecret(G.EndpointIdRequest request, ServerCallContext context) =>
        Reply(await useCases.RunAsync(new GetSecret(Id(request.EndpointId, "EndpointId")), context.CancellationToken));

    public override async Task<G.DeleteEndpointReply> DeleteEndpoint(G.EndpointIdRequest request, ServerCallContext context)
    {
        await useCases.RunAsync(new DeleteEndpoint(Id(request.EndpointId, "EndpointId")), context.CancellationToken);
        return new G.DeleteEndpointReply();
    }

    public override async Task<G.SecretReply> RotateSecret(G.RotateSecretRequest request, ServerCallContext context) =>
        Reply(await useCases.RunAsync(
            new RotateSecret(Id(request.EndpointId, "EndpointId"), request.HasOverlapSeconds ? TimeSpan.FromSeconds(request.OverlapSeconds) : null),
            context.CancellationToken));

    public override async Task<G.EndpointReply> EnableEndpoint(G.EndpointIdRequest request, ServerCallContext context) =>
        Reply(await useCases.RunAsync(new EnableEndpoint(Id(request.EndpointId, "EndpointId")), context.CancellationToken));

    [ReadOnlyCall]
    public override async Task<G.ListDeliveriesReply> ListDeliveries(G.ListDeliveriesRequest request, ServerCallContext context)
    {
        var page = await useCases.RunAsync(
            new ListDeliveries(Id(request.EndpointId, "EndpointId"), Optional(request.Status), Optional(request.PageToken), request.Limit == 0 ? null : request.Limit),
            context.CancellationToken);
        var reply = new G.ListDeliveriesReply { NextPageToken = page.NextCursor ?? "" };
        reply.Deliveries.AddRange(page.Items.Select(Reply));
        return reply;
    }

    public override async Task<G.DeliveryReply> ReplayDelivery(G.ReplayDeliveryRequest request, ServerCallContext context) =>
        Reply(await useCases.RunAsync(
            new ReplayDelivery(Id(request.EndpointId, "EndpointId"), Id(request.DeliveryId, "DeliveryId")), context.CancellationToken));

    public override async Task<G.ReplayRangeReply> ReplayRange(G.ReplayRangeRequest request, ServerCallContext context)
    {
        var replayed = await useCases.RunAsync(
            new ReplayRange(Id(request.EndpointId, "EndpointId"), Instant(request.From, "From"), Instant(request.To, "To")), context.CancellationToken);
        return new G.ReplayRangeReply { Replayed = replayed.Replayed };
    }

    private static DateTime? Instant(string value, string field) => Optional(value) switch
    {
        null => null,
        var text when DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at) => at.UtcDateTime,
        _ => throw new ValidationException([new ValidationFailure(field, "Give an ISO 8601 instant.")]),
    };

    private static G.EndpointReply Reply(WebhookEndpointView e)
    {
        var reply = new G.EndpointReply
        {
            Id = e.Id.ToString(),
            RegionCode = e.RegionCode,
            Url = e.Url,
            Description = e.Description,
            Status = e.Status,
            DisabledReason = e.DisabledReason ?? "",
            DisabledAt = Text(e.DisabledAt),
            FailingSince = Text(e.FailingSince),
            PreviousSecretExpiresAt = Text(e.PreviousSecretExpiresAt),
            RegisteredBy = e.RegisteredBy,
            CreatedAt = Text(e.CreatedAt),
            Version = e.Version,
        };
        reply.EventKinds.AddRange(e.EventKinds);
        return reply;
    }

    private static G.SecretReply Reply(WebhookSecretView s) => new()
    {
        Secret = s.Secret,
        PreviousSecret = s.PreviousSecret ?? "",
        PreviousSecretExpiresAt = Text(s.PreviousSecretExpiresAt),
    };

    private static G.DeliveryReply Reply(WebhookDeliveryView d)
    {
        var reply = new G.DeliveryReply
        {
            Id = d.Id.ToString(),
            WebhookId = d.WebhookId,
            EventType = d.EventType,
            RecordId = d.RecordId.ToString(),
            RecordVersion = d.RecordVersion,
            OccurredAt = Text(d.OccurredAt),
            CreatedAt = Text(d.CreatedAt),
            Status = d.Status,
            Attempts = d.Attempts,
            NextAttemptAt = Text(d.NextAttemptAt),
            DeliveredAt = Text(d.DeliveredAt),
        };
        reply.AttemptLog.AddRange(d.AttemptLog.Select(a => new G.AttemptReply
        {
            At = Text(a.At),
            StatusCode = a.StatusCode ?? 0,
            LatencyMs = a.LatencyMs,
            ResponseExcerpt = a.ResponseExcerpt ?? "",
            Error = a.Error ?? "",
        }));
        return reply;
    }
}
