using Corridor.Contracts.Events;
using Corridor.Notifications.Inbox;
using Corridor.Notifications.Infrastructure;
using Corridor.Notifications.Recipients;

namespace Corridor.Notifications.Agreements;

/// <summary>An agreement's term ended without renewal: every party organ is told it no longer binds.</summary>
public sealed class AgreementExpiredConsumer(NotificationsDbContext db, NotificationWriter writer, TimeProvider clock, ILogger<AgreementExpiredConsumer> logger)
    : NotifyingConsumer<AgreementExpired>(db, writer, clock, logger)
{
    protected override async Task HandleAsync(AgreementExpired message, CancellationToken cancellationToken)
    {
        var agreement = await AgreementTracker.GetOrAddAsync(Db, message.AgreementId, cancellationToken);
        var title = AgreementTracker.Named(agreement);
        var ended = message.TermEnded.ToString("yyyy-MM-dd");
        var draft = new NotificationDraft(
            NotificationKinds.AgreementExpired,
            NotificationSeverity.Info,
            RecordRef.Agreement(message.AgreementId),
            new($"协议已到期：{agreement.Title}", $"合作协议{title}已于{ended}期满终止。"),
            new($"Agreement expired: {agreement.Title}", $"The agreement {title} expired on {ended}."));
        await NotifyAsync(message, draft, agreement.Parties.Select(Audience.OrganPeople), cancellationToken);
    }
}
