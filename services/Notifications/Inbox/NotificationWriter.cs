using Corridor.Notifications.Delivery;
using Corridor.Notifications.Infrastructure;
using Corridor.Notifications.Recipients;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Notifications.Inbox;

/// <summary>
/// Addresses a draft to the people of its audiences and adds one notification per person, with every channel's
/// delivery rows, to the caller's unit of work (an inbox consumer or a reminder round saves them in one transaction).
/// A person who already has a notification with the same key gets no second one.
/// </summary>
public sealed class NotificationWriter(
    NotificationsDbContext db, RecipientDirectory recipients, IEnumerable<INotificationChannel> channels, NotificationSignal signal, TimeProvider clock)
{
    public async Task<int> AddAsync(NotificationDraft draft, IEnumerable<Audience> audiences, string dedupKey, CancellationToken cancellationToken)
    {
        // The context raises it once the notifications are committed: live streams and the mail sender wake at once.
        db.Signal = signal;
        var people = await recipients.ResolveAsync(audiences, cancellationToken);
        if (people.Count == 0)
        {
            return 0;
        }

        var ids = people.Select(p => p.PersonId).ToArray();
        var alreadyTold = await db.Notifications.AsNoTracking()
            .Where(n => n.DedupKey == dedupKey && ids.Contains(n.PersonId))
            .Select(n => n.PersonId)
            .ToListAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var added = 0;
        foreach (var person in people.Where(p => !alreadyTold.Contains(p.PersonId)))
        {
            var notification = new Notification(person.PersonId, draft, dedupKey, now);
            db.Notifications.Add(notification);
            foreach (var channel in channels)
            {
                channel.Enqueue(db, notification, person);
            }

            added++;
        }

        return added;
    }
}
