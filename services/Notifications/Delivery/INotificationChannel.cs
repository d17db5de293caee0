using Corridor.Notifications.Inbox;
using Corridor.Notifications.Infrastructure;
using Corridor.Notifications.People;

namespace Corridor.Notifications.Delivery;

/// <summary>
/// A way besides the inbox to reach a person (e-mail now, SMS later). The writer calls every channel for each new
/// notification before the one SaveChanges that stores it, so a channel adds its delivery rows in the same
/// transaction; its own sender delivers them afterwards.
/// </summary>
public interface INotificationChannel
{
    void Enqueue(NotificationsDbContext db, Notification notification, KnownPerson person);
}
