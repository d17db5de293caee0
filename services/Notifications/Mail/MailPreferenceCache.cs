using Corridor.Notifications.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Notifications.Mail;

/// <summary>
/// The stored preferences of the people one unit of work mails, read once per person per scope: a consumer that
/// tells a whole organ reads each person's few rows once. Synchronous because a channel runs inside the writer's loop.
/// </summary>
public sealed class MailPreferenceCache
{
    private readonly Dictionary<Guid, List<MailPreference>> _byPerson = [];

    public MailMode ModeFor(NotificationsDbContext db, Guid personId, string kind)
    {
        if (!_byPerson.TryGetValue(personId, out var preferences))
        {
            preferences = db.Set<MailPreference>().AsNoTracking().Where(p => p.PersonId == personId).ToList();
            _byPerson[personId] = preferences;
        }

        return MailPreference.ModeFor(preferences, kind);
    }
}
