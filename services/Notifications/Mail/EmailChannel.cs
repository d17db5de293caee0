using Corridor.Notifications.Delivery;
using Corridor.Notifications.Inbox;
using Corridor.Notifications.Infrastructure;
using Corridor.Notifications.People;

namespace Corridor.Notifications.Mail;

/// <summary>
/// E-mail for a new notification: a delivery row in the writer's unit of work when the person has an address and
/// wants this kind immediately; nothing for the daily digest (it gathers them later) or when mail is off.
/// </summary>
public sealed class EmailChannel(MailPreferenceCache preferences, TimeProvider clock) : INotificationChannel
{
    public void Enqueue(NotificationsDbContext db, Notification notification, KnownPerson person)
    {
        if (person.Email is not { } address || preferences.ModeFor(db, person.PersonId, notification.Kind) != MailMode.Immediate)
        {
            return;
        }

        db.Set<MailDelivery>().Add(MailDelivery.ForNotification(notification.Id, person.PersonId, address, clock.GetUtcNow().UtcDateTime));
    }
}
