using Corridor.Notifications.Inbox;
using Corridor.Notifications.Infrastructure;
using Microsoft.EntityFrameworkCore;
using MimeKit;

namespace Corridor.Notifications.Mail;

/// <summary>Renders the mails of leased deliveries: each notification's mail, each digest with its notifications.</summary>
internal static class MailContents
{
    /// <summary>The message per delivery id; a delivery whose notification or digest is gone has none.</summary>
    public static async Task<IReadOnlyDictionary<Guid, MimeMessage>> LoadAsync(
        NotificationsDbContext db, IReadOnlyList<MailDelivery> rows, SmtpOptions smtp, ConsoleLinkOptions console, CancellationToken cancellationToken)
    {
        var messages = new Dictionary<Guid, MimeMessage>();
        var notificationIds = rows.Where(r => r.NotificationId is not null).Select(r => r.NotificationId!.Value).ToArray();
        var notifications = notificationIds.Length == 0
            ? []
            : await db.Notifications.AsNoTracking().Where(n => notificationIds.Contains(n.Id)).ToDictionaryAsync(n => n.Id, cancellationToken);
        var digestIds = rows.Where(r => r.DigestId is not null).Select(r => r.DigestId!.Value).ToArray();
        var digests = digestIds.Length == 0
            ? []
            : await db.Set<MailDigest>().AsNoTracking().Where(d => digestIds.Contains(d.Id)).ToDictionaryAsync(d => d.Id, cancellationToken);
        foreach (var row in rows)
        {
            if (row.NotificationId is { } notificationId && notifications.TryGetValue(notificationId, out var notification))
            {
                messages[row.Id] = MailTemplates.ForNotification(notification, row.To, smtp, console);
            }
            else if (row.DigestId is { } digestId && digests.TryGetValue(digestId, out var digest))
            {
                var items = await DigestItemsAsync(db, digest, cancellationToken);
                messages[row.Id] = MailTemplates.ForDigest(digest, items, row.To, smtp, console);
            }
        }

        return messages;
    }

    private static async Task<List<Notification>> DigestItemsAsync(NotificationsDbContext db, MailDigest digest, CancellationToken cancellationToken)
    {
        var preferences = await db.Set<MailPreference>().AsNoTracking().Where(p => p.PersonId == digest.PersonId).ToListAsync(cancellationToken);
        var candidates = await db.Notifications.AsNoTracking()
            .Where(n => n.PersonId == digest.PersonId && n.Sequence > digest.FromSequence && n.Sequence <= digest.UpToSequence)
            .OrderBy(n => n.Sequence)
            .ToListAsync(cancellationToken);
        return [.. candidates.Where(n => MailPreference.ModeFor(preferences, n.Kind) == MailMode.DailyDigest)];
    }
}
