using Corridor.BuildingBlocks.Inbox;
using Corridor.Contracts.Events;
using Corridor.Notifications.Infrastructure;

namespace Corridor.Notifications.Agreements;

/// <summary>
/// Keeps an agreement's parties current after an amendment, so a later suspension or expiry tells today's parties.
/// It tells no one: every party signed the amendment.
/// </summary>
public sealed class AgreementAmendedConsumer(NotificationsDbContext db, TimeProvider clock, ILogger<AgreementAmendedConsumer> logger)
    : InboxConsumer<AgreementAmended, NotificationsDbContext>(db, clock, logger)
{
    protected override async Task HandleAsync(AgreementAmended message, CancellationToken cancellationToken)
    {
        var agreement = await AgreementTracker.GetOrAddAsync(Db, message.AgreementId, cancellationToken);
        agreement.PartiesAre(message.PartyOrganIds, message.AggregateVersion);
    }
}
