using Corridor.BuildingBlocks.Inbox;
using Corridor.Contracts.Events;
using Corridor.Notifications.Infrastructure;
using Corridor.Notifications.Recipients;

namespace Corridor.Notifications.Inbox;

/// <summary>
/// An event consumer that tells people: applied once per message (inbox), and its notifications keyed by the event's
/// record and version, so the same fact published twice under two message ids still tells each person once.
/// </summary>
public abstract class NotifyingConsumer<TEvent>(NotificationsDbContext db, NotificationWriter writer, TimeProvider clock, ILogger logger)
    : InboxConsumer<TEvent, NotificationsDbContext>(db, clock, logger)
    where TEvent : class, IIntegrationEvent
{
    protected Task<int> NotifyAsync(TEvent message, NotificationDraft draft, IEnumerable<Audience> audiences, CancellationToken cancellationToken) =>
        writer.AddAsync(draft, audiences, $"{draft.Kind}:{message.AggregateId:N}:{message.AggregateVersion}", cancellationToken);
}
