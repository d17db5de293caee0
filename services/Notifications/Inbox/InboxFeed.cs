using System.Runtime.CompilerServices;
using Corridor.Notifications.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Corridor.Notifications.Inbox;

/// <summary>
/// The caller's new notifications as they arrive, for the gRPC server stream and the REST event stream: everything
/// after a position (or from now), in order, a page at a time, woken by this replica's commits and looking again every
/// <see cref="InboxOptions.StreamPollInterval"/> for what other replicas wrote.
/// </summary>
public sealed class InboxFeed(NotificationsDbContext db, InboxOwner owner, NotificationSignal signal, IOptions<InboxOptions> options)
{
    private const int PageSize = 100;

    /// <summary>
    /// Where a stream starts: after the given position, or after the caller's newest notification ("from now"). Taken
    /// before the stream answers its headers, so whatever arrives once the caller sees the stream open is sent.
    /// </summary>
    public async Task<InboxStart> StartAsync(string? after, string field, CancellationToken cancellationToken)
    {
        var position = InboxPosition.Decode(after, field);
        var personId = await owner.PersonIdAsync(cancellationToken);
        return new InboxStart(personId, position ?? await LastSequenceAsync(personId, cancellationToken));
    }

    public async IAsyncEnumerable<NotificationResponse> FollowAsync(
        InboxStart start, InboxLanguage language, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var (personId, position) = start;
        while (!cancellationToken.IsCancellationRequested)
        {
            // Taken before the query, so a commit during the query still wakes the next wait.
            var woken = signal.Next;
            personId ??= await owner.PersonIdAsync(cancellationToken);
            var page = personId is { } id
                ? await db.Notifications.AsNoTracking().Where(n => n.PersonId == id && n.Sequence > position)
                    .OrderBy(n => n.Sequence).Take(PageSize).ToListAsync(cancellationToken)
                : [];
            foreach (var notification in page)
            {
                position = notification.Sequence;
                yield return NotificationResponse.Of(notification, language);
            }

            if (page.Count < PageSize)
            {
                await Task.WhenAny(woken, Task.Delay(options.Value.StreamPollInterval, cancellationToken));
            }
        }
    }

    private async Task<long> LastSequenceAsync(Guid? personId, CancellationToken cancellationToken) =>
        personId is { } id
            ? await db.Notifications.Where(n => n.PersonId == id).MaxAsync(n => (long?)n.Sequence, cancellationToken) ?? 0
            : 0;
}

public sealed record InboxStart(Guid? PersonId, long Position);
