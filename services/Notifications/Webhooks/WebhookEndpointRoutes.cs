using Corridor.BuildingBlocks.UseCases;

namespace Corridor.Notifications.Webhooks;

/// <summary>A region's webhook endpoints over REST: each route translates to its use case.</summary>
internal static class WebhookEndpointRoutes
{
    public const string Base = "/api/v1/webhooks";

    public static IEndpointRouteBuilder MapWebhookEndpointRoutes(this IEndpointRouteBuilder routes)
    {
        var webhooks = routes.MapGroup(Base).WithTags("Webhooks");
        webhooks.MapGet("/event-kinds", () => TypedResults.Ok(WebhookAudience.DeliverableKinds))
            .WithSummary("The event kinds an endpoint may ask for (or \"*\" for all).");
        var endpoints = webhooks.MapGroup("/endpoints");
        endpoints.MapPost("/", async (RegisterEndpointRequest body, UseCaseRunner useCases, CancellationToken ct) =>
        {
            var registered = await useCases.RunAsync(new RegisterEndpoint(body.Url, body.EventKinds, body.Description), ct);
            return TypedResults.Created($"{Base}/endpoints/{registered.Endpoint.Id}", registered);
        }).ProducesValidationProblem();
        endpoints.MapGet("/", (UseCaseRunner useCases, CancellationToken ct) => useCases.RunAsync(new ListEndpoints(), ct));
        endpoints.MapGet("/{id:guid}", (Guid id, UseCaseRunner useCases, CancellationToken ct) => useCases.RunAsync(new GetEndpoint(id), ct));
        endpoints.MapGet("/{id:guid}/secret", (Guid id, UseCaseRunner useCases, CancellationToken ct) => useCases.RunAsync(new GetSecret(id), ct));
        endpoints.MapDelete("/{id:guid}", async (Guid id, UseCaseRunner useCases, CancellationToken ct) =>
        {
            await useCases.RunAsync(new DeleteEndpoint(id), ct);
            return TypedResults.NoContent();
        });
        endpoints.MapPost("/{id:guid}/rotate-secret", (Guid id, RotateSecretRequest? body, UseCaseRunner useCases, CancellationToken ct) =>
            useCases.RunAsync(new RotateSecret(id, body?.Overlap), ct))
            .ProducesValidationProblem()
            .WithSummary("A new secret now; the old one's signature is sent too for `overlap` (default 1.00:00:00, at most 7.00:00:00).");
        endpoints.MapPost("/{id:guid}/enable", (Guid id, UseCaseRunner useCases, CancellationToken ct) => useCases.RunAsync(new EnableEndpoint(id), ct));
        return routes;
    }
}

internal sealed record RegisterEndpointRequest(string? Url, IReadOnlyList<string>? EventKinds, string? Description);

internal sealed record RotateSecretRequest(TimeSpan? Overlap);
