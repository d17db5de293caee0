using Corridor.Notifications.Inbox;
using Corridor.Notifications.Infrastructure;
using Corridor.Notifications.Recipients;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Notifications.Reminders;

/// <summary>Sends a reminder for a threshold at most once, across rounds and across replicas (<see cref="ReminderMark"/>).</summary>
public sealed class ReminderOnce(NotificationsDbContext db, NotificationWriter writer, TimeProvider clock)
{
    public Task<bool> HasFiredAsync(string key, CancellationToken cancellationToken) =>
        db.ReminderMarks.AsNoTracking().AnyAsync(m => m.Key == key, cancellationToken);

    /// <summary>Marks <paramref name="key"/> and adds the notifications in one transaction; returns whether this call sent them.</summary>
    public async Task<bool> SendAsync(string key, NotificationDraft draft, IEnumerable<Audience> audiences, CancellationToken cancellationToken)
    {
        if (await HasFiredAsync(key, cancellationToken))
        {
            return false;
        }

        db.ReminderMarks.Add(new ReminderMark(key, clock.GetUtcNow().UtcDateTime));
        await writer.AddAsync(draft, audiences, key, cancellationToken);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException)
        {
            // Another replica marked the same threshold first and its transaction holds the notifications; ours rolled back.
            db.ChangeTracker.Clear();
            if (!await HasFiredAsync(key, cancellationToken))
            {
                throw;
            }

            return false;
        }
    }
}
