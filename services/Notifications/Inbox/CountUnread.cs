using Corridor.BuildingBlocks.UseCases;
using Corridor.Notifications.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Notifications.Inbox;

/// <summary>How many of the caller's notifications are unread, and how many of those are red.</summary>
public sealed record CountUnread : IUseCase<UnreadCount>;

public sealed record UnreadCount(int Unread, int Red);

internal sealed class CountUnreadHandler(NotificationsDbContext db, InboxOwner owner) : IUseCaseHandler<CountUnread, UnreadCount>
{
    public async Task<UnreadCount> HandleAsync(CountUnread request, CancellationToken cancellationToken)
    {
        if (await owner.PersonIdAsync(cancellationToken) is not { } personId)
        {
            return new UnreadCount(0, 0);
        }

        var counts = await db.Notifications.AsNoTracking()
            .Where(n => n.PersonId == personId && n.ReadAt == null)
            .GroupBy(n => n.Severity)
            .Select(g => new { Severity = g.Key, Count = g.Count() })
            .ToListAsync(cancellationToken);
        return new UnreadCount(counts.Sum(c => c.Count), counts.Where(c => c.Severity == NotificationSeverity.Red).Sum(c => c.Count));
    }
}
