using Corridor.BuildingBlocks.Inbox;
using Corridor.Contracts.Events;
using Corridor.Notifications.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Notifications.Webhooks;

/// <summary>
/// Adds one delivery per endpoint that asked for the event's kind and whose region may read its record, in the same
/// transaction as the inbox record: an event is fanned out once, however often the broker delivers it. Disabled
/// endpoints get their deliveries too; they wait until the endpoint is enabled again.
/// </summary>
public sealed class WebhookFanOut<TEvent> : InboxConsumer<TEvent, NotificationsDbContext>
    where TEvent : class, IIntegrationEvent
{
    private readonly WebhookAudience _audience;
    private readonly TimeProvider _clock;

    public WebhookFanOut(NotificationsDbContext db, WebhookAudience audience, TimeProvider clock, ILogger<WebhookFanOut<TEvent>> logger)
        : base(db, clock, logger)
    {
        _audience = audience;
        _clock = clock;
    }

    protected override async Task HandleAsync(TEvent message, CancellationToken cancellationToken)
    {
        await _audience.NoteTeamRegionAsync(message, cancellationToken);
        var readers = await _audience.ReadersAsync(message, cancellationToken);
        if (readers == WebhookReaders.Nobody)
        {
            return;
        }

        var kind = typeof(TEvent).Name;
        var endpoints = await Db.Set<WebhookEndpoint>().AsNoTracking().ToListAsync(cancellationToken);
        var now = _clock.GetUtcNow().UtcDateTime;
        string? body = null;
        foreach (var endpoint in endpoints.Where(e => e.Accepts(kind) && readers.Include(e.RegionCode)))
        {
            body ??= WebhookPayload.Serialize(message);
            Db.Set<WebhookDelivery>().Add(new WebhookDelivery(endpoint.Id, kind, message.AggregateId, message.AggregateVersion, message.OccurredAt, body, now));
        }
    }
}
