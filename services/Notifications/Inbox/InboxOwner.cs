using Corridor.BuildingBlocks.Domain;
using Corridor.BuildingBlocks.Security;
using Corridor.Notifications.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Notifications.Inbox;

/// <summary>
/// Whose inbox a call reads: the signed-in person's (the token's subject is their user name). A provincial sync client
/// has no inbox (its region is pushed to by webhooks); a person Identity has not announced yet has an empty one.
/// </summary>
public sealed class InboxOwner(CallerIdentity caller, NotificationsDbContext db)
{
    public const string SyncClientRole = "sync-client";

    public async Task<Guid?> PersonIdAsync(CancellationToken cancellationToken)
    {
        if (caller.HasRole(SyncClientRole))
        {
            throw new ForbiddenException("inbox.people-only", "Only people have an inbox; a sync client is told through webhooks.");
        }

        var person = await db.People.AsNoTracking().Where(p => p.UserName == caller.Subject)
            .Select(p => new { p.PersonId }).SingleOrDefaultAsync(cancellationToken);
        return person?.PersonId;
    }
}
