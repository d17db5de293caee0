using Corridor.BuildingBlocks.Domain;
using Corridor.BuildingBlocks.UseCases;
using Corridor.Notifications.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Notifications.Inbox;

/// <summary>Marks one of the caller's notifications read (again: no change). Another person's is not found.</summary>
public sealed record MarkRead(Guid NotificationId, InboxLanguage Language) : IUseCase<NotificationResponse>;

internal sealed class MarkReadHandler(NotificationsDbContext db, InboxOwner owner, TimeProvider clock) : IUseCaseHandler<MarkRead, NotificationResponse>
{
    public async Task<NotificationResponse> HandleAsync(MarkRead request, CancellationToken cancellationToken)
    {
        var personId = await owner.PersonIdAsync(cancellationToken);
        var notification = await db.Notifications.SingleOrDefaultAsync(n => n.Id == request.NotificationId && n.PersonId == personId, cancellationToken)
            ?? throw new NotFoundException("Notification", request.NotificationId.ToString());
        if (notification.MarkRead(clock.GetUtcNow().UtcDateTime))
        {
            await db.SaveChangesAsync(cancellationToken);
        }

        return NotificationResponse.Of(notification, request.Language);
    }
}

/// <summary>Marks every unread notification of the caller read, up to a position when given (what the caller has seen).</summary>
public sealed record MarkAllRead(string? UpTo) : IUseCase<MarkedRead>;

public sealed record MarkedRead(int Marked);

internal sealed class MarkAllReadHandler(NotificationsDbContext db, InboxOwner owner, TimeProvider clock) : IUseCaseHandler<MarkAllRead, MarkedRead>
{
    public async Task<MarkedRead> HandleAsync(MarkAllRead request, CancellationToken cancellationToken)
    {
        var upTo = InboxPosition.Decode(request.UpTo, "upTo") ?? long.MaxValue;
        if (await owner.PersonIdAsync(cancellationToken) is not { } personId)
        {
            return new MarkedRead(0);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var marked = await db.Notifications
            .Where(n => n.PersonId == personId && n.ReadAt == null && n.Sequence <= upTo)
            .ExecuteUpdateAsync(s => s.SetProperty(n => n.ReadAt, now), cancellationToken);
        return new MarkedRead(marked);
    }
}
