using Corridor.Contracts.Events;
using Corridor.Notifications.Inbox;
using Corridor.Notifications.Infrastructure;
using Corridor.Notifications.Recipients;

namespace Corridor.Notifications.Agreements;

/// <summary>An agreement's term ending soon (the Agreements service decides when): every party organ is to renew or let it end.</summary>
public sealed class RenewalDueConsumer(NotificationsDbContext db, NotificationWriter writer, TimeProvider clock, ILogger<RenewalDueConsumer> logger)
    : NotifyingConsumer<RenewalDue>(db, writer, clock, logger)
{
    protected override async Task HandleAsync(RenewalDue message, CancellationToken cancellationToken)
    {
        var agreement = await AgreementTracker.GetOrAddAsync(Db, message.AgreementId, cancellationToken);
        agreement.Named(message.Title);
        agreement.PartiesAre(message.PartyOrganIds, message.AggregateVersion);
        var end = message.TermEnd.ToString("yyyy-MM-dd");
        var draft = new NotificationDraft(
            NotificationKinds.AgreementRenewalDue,
            NotificationSeverity.Yellow,
            RecordRef.Agreement(message.AgreementId),
            new($"协议即将到期：{message.Title}", $"合作协议“{message.Title}”将于{end}到期（剩余 {message.DaysLeft} 天），请商议续签或到期终止。"),
            new($"Agreement ending: {message.Title}", $"The agreement “{message.Title}” ends on {end} ({message.DaysLeft} days left); agree on a renewal or let it end."));
        await NotifyAsync(message, draft, message.PartyOrganIds.Select(Audience.OrganPeople), cancellationToken);
    }
}
