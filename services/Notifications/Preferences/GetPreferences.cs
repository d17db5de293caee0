using Corridor.BuildingBlocks.UseCases;
using Corridor.Notifications.Inbox;
using Corridor.Notifications.Infrastructure;
using Corridor.Notifications.Mail;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Notifications.Preferences;

/// <summary>The caller's mail preferences; a person who set nothing (or whom Identity has not announced yet) gets every kind immediately.</summary>
public sealed record GetPreferences : IUseCase<MailPreferences>;

internal sealed class GetPreferencesHandler(NotificationsDbContext db, InboxOwner owner) : IUseCaseHandler<GetPreferences, MailPreferences>
{
    public async Task<MailPreferences> HandleAsync(GetPreferences request, CancellationToken cancellationToken)
    {
        if (await owner.PersonIdAsync(cancellationToken) is not { } personId)
        {
            return MailPreferences.Of([]);
        }

        var stored = await db.Set<MailPreference>().AsNoTracking().Where(p => p.PersonId == personId).ToListAsync(cancellationToken);
        return MailPreferences.Of(stored);
    }
}
