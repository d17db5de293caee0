using Corridor.BuildingBlocks.UseCases;
using Corridor.Notifications.Infrastructure;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Notifications.Inbox;

/// <summary>The caller's notifications, newest first, filtered by read state, kind and record type; paged by <c>cursor</c>.</summary>
public sealed record ListNotifications(bool? Unread, string? Kind, string? RecordType, string? Cursor, int? Limit, InboxLanguage Language)
    : IUseCase<NotificationPage>;

public sealed record NotificationPage(IReadOnlyList<NotificationResponse> Items, string? NextCursor);

internal sealed class ListNotificationsValidator : AbstractValidator<ListNotifications>
{
    public const int MaxLimit = 100;

    public ListNotificationsValidator()
    {
        RuleFor(r => r.Limit).InclusiveBetween(1, MaxLimit).When(r => r.Limit is not null);
        RuleFor(r => r.Kind).MaximumLength(50);
        RuleFor(r => r.RecordType).MaximumLength(20);
    }
}

internal sealed class ListNotificationsHandler(NotificationsDbContext db, InboxOwner owner) : IUseCaseHandler<ListNotifications, NotificationPage>
{
    public async Task<NotificationPage> HandleAsync(ListNotifications request, CancellationToken cancellationToken)
    {
        var limit = request.Limit ?? 20;
        if (await owner.PersonIdAsync(cancellationToken) is not { } personId)
        {
            return new NotificationPage([], null);
        }

        var query = db.Notifications.AsNoTracking().Where(n => n.PersonId == personId);
        if (InboxPosition.Decode(request.Cursor, "cursor") is { } before)
        {
            query = query.Where(n => n.Sequence < before);
        }

        if (request.Unread is { } unread)
        {
            query = unread ? query.Where(n => n.ReadAt == null) : query.Where(n => n.ReadAt != null);
        }

        if (!string.IsNullOrEmpty(request.Kind))
        {
            query = query.Where(n => n.Kind == request.Kind);
        }

        if (!string.IsNullOrEmpty(request.RecordType))
        {
            query = query.Where(n => n.RecordType == request.RecordType);
        }

        var rows = await query.OrderByDescending(n => n.Sequence).Take(limit + 1).ToListAsync(cancellationToken);
        var items = rows.Take(limit).Select(n => NotificationResponse.Of(n, request.Language)).ToArray();
        return new NotificationPage(items, rows.Count > limit ? InboxPosition.Encode(rows[limit - 1].Sequence) : null);
    }
}
