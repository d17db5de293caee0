using Corridor.Notifications.Infrastructure;
using Corridor.Notifications.Texts;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Notifications.Mail;

/// <summary>
/// Makes one day's digests: for each active person with an address and at least one kind in digest mode, one
/// <see cref="MailDigest"/> covering their digest-mode notifications since their previous digest (a first digest:
/// the 24 hours before), with its delivery, in one transaction per person. A digest already made for the person and
/// day (by another replica, or before a restart) is left alone; the unique (person, day) index settles a race.
/// </summary>
public sealed class DigestRound(NotificationsDbContext db, TimeProvider clock)
{
    public async Task<int> RunAsync(DateOnly day, DateTime digestInstant, CancellationToken cancellationToken)
    {
        var people = await db.People.AsNoTracking()
            .Where(p => p.Active && p.Email != null
                && db.Set<MailPreference>().Any(m => m.PersonId == p.PersonId && m.Mode == MailMode.DailyDigest))
            .Select(p => new { p.PersonId, Email = p.Email! })
            .ToListAsync(cancellationToken);
        var made = 0;
        foreach (var person in people)
        {
            if (await MakeAsync(person.PersonId, person.Email, day, digestInstant, cancellationToken))
            {
                made++;
            }
        }

        return made;
    }

    private async Task<bool> MakeAsync(Guid personId, string email, DateOnly day, DateTime digestInstant, CancellationToken cancellationToken)
    {
        var digests = db.Set<MailDigest>().AsNoTracking().Where(d => d.PersonId == personId);
        if (await digests.AnyAsync(d => d.Day == day, cancellationToken))
        {
            return false;
        }

        var notifications = db.Notifications.AsNoTracking().Where(n => n.PersonId == personId);
        var from = await digests.MaxAsync(d => (long?)d.UpToSequence, cancellationToken)
            ?? await notifications.Where(n => n.CreatedAt < digestInstant - TimeSpan.FromDays(1)).MaxAsync(n => (long?)n.Sequence, cancellationToken)
            ?? 0;
        var preferences = await db.Set<MailPreference>().AsNoTracking().Where(p => p.PersonId == personId).ToListAsync(cancellationToken);
        var candidates = await notifications.Where(n => n.Sequence > from)
            .Select(n => new { n.Sequence, n.Kind })
            .ToListAsync(cancellationToken);
        var covered = candidates.Where(n => MailPreference.ModeFor(preferences, n.Kind) == MailMode.DailyDigest).ToList();
        if (covered.Count == 0)
        {
            return false;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var digest = new MailDigest(personId, day, from, candidates.Max(n => n.Sequence), now);
        db.Set<MailDigest>().Add(digest);
        db.Set<MailDelivery>().Add(MailDelivery.ForDigest(digest.Id, personId, email, now));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            if (await digests.AnyAsync(d => d.Day == day, CancellationToken.None))
            {
                // Another replica made this person's digest for the day between the check and the insert.
                return false;
            }

            throw;
        }
    }

    /// <summary>The China day a digest instant belongs to.</summary>
    public static DateOnly DayOf(DateTime digestInstant) => ChinaTime.Date(digestInstant);
}
