using Corridor.BuildingBlocks.Domain;
using Corridor.BuildingBlocks.Security;
using Corridor.BuildingBlocks.UseCases;
using Corridor.Notifications.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Notifications.Webhooks;

/// <summary>Sends one delivery again now, with the same webhook-id and body (whatever its state).</summary>
public sealed record ReplayDelivery(Guid EndpointId, Guid DeliveryId) : IUseCase<WebhookDeliveryView>;

internal sealed class ReplayDeliveryRule(CallerIdentity caller) : WebhookManagerRule<ReplayDelivery>(caller);

internal sealed class ReplayDeliveryHandler(NotificationsDbContext db, CallerRegionWebhooks endpoints, TimeProvider clock)
    : IUseCaseHandler<ReplayDelivery, WebhookDeliveryView>
{
    public async Task<WebhookDeliveryView> HandleAsync(ReplayDelivery request, CancellationToken cancellationToken)
    {
        var endpoint = await endpoints.FindAsync(request.EndpointId, cancellationToken);
        var delivery = await db.Set<WebhookDelivery>().SingleOrDefaultAsync(d => d.Id == request.DeliveryId && d.EndpointId == endpoint.Id, cancellationToken)
            ?? throw new NotFoundException("Webhook delivery", request.DeliveryId.ToString());
        delivery.Replay(clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(cancellationToken);
        var attempts = await db.Set<WebhookAttempt>().AsNoTracking().Where(a => a.DeliveryId == delivery.Id).ToListAsync(cancellationToken);
        return WebhookDeliveryView.Of(delivery, attempts);
    }
}
