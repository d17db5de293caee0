using Corridor.BuildingBlocks.Domain;
using Corridor.BuildingBlocks.Security;
using Corridor.Notifications.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Notifications.Webhooks;

/// <summary>The caller region's webhook endpoints for use-case handlers: another region's endpoint is not found, as if it did not exist.</summary>
public sealed class CallerRegionWebhooks(NotificationsDbContext db, CallerIdentity caller)
{
    public string Region => caller.Region;

    public string Actor => caller.Actor;

    public IQueryable<WebhookEndpoint> All => db.Set<WebhookEndpoint>().Where(e => e.RegionCode == caller.Region);

    public async Task<WebhookEndpoint> FindAsync(Guid id, CancellationToken cancellationToken) =>
        await All.SingleOrDefaultAsync(e => e.Id == id, cancellationToken) ?? throw new NotFoundException("Webhook endpoint", id.ToString());
}
