using Corridor.BuildingBlocks.UseCases;

namespace Corridor.Notifications.Webhooks;

/// <summary>An endpoint's delivery log and replays over REST.</summary>
internal static class WebhookDeliveryRoutes
{
    public static IEndpointRouteBuilder MapWebhookDeliveryRoutes(this IEndpointRouteBuilder routes)
    {
        var deliveries = routes.MapGroup($"{WebhookEndpointRoutes.Base}/endpoints/{{id:guid}}").WithTags("Webhooks");
        deliveries.MapGet("/deliveries", (Guid id, string? status, string? cursor, int? limit, UseCaseRunner useCases, CancellationToken ct) =>
            useCases.RunAsync(new ListDeliveries(id, status, cursor, limit), ct))
            .ProducesValidationProblem()
            .WithSummary("The delivery log, oldest first, each delivery with its attempts.");
        deliveries.MapPost("/deliveries/{deliveryId:guid}/replay", (Guid id, Guid deliveryId, UseCaseRunner useCases, CancellationToken ct) =>
            useCases.RunAsync(new ReplayDelivery(id, deliveryId), ct))
            .WithSummary("A new attempt now, with the same webhook-id.");
        deliveries.MapPost("/replay", (Guid id, ReplayRangeRequest body, UseCaseRunner useCases, CancellationToken ct) =>
            useCases.RunAsync(new ReplayRange(id, body.From, body.To), ct))
            .ProducesValidationProblem()
            .WithSummary("Every delivery created in [from, to) again.");
        return routes;
    }
}

internal sealed record ReplayRangeRequest(DateTime? From, DateTime? To);
