using Corridor.Contracts.Events;
using Corridor.Notifications.Inbox;
using Corridor.Notifications.Infrastructure;
using Corridor.Notifications.Recipients;

namespace Corridor.Notifications.Agreements;

/// <summary>An agreement suspended: every party organ learns why; projects under it wait.</summary>
public sealed class AgreementSuspendedConsumer(NotificationsDbContext db, NotificationWriter writer, TimeProvider clock, ILogger<AgreementSuspendedConsumer> logger)
    : NotifyingConsumer<AgreementSuspended>(db, writer, clock, logger)
{
    protected override async Task HandleAsync(AgreementSuspended message, CancellationToken cancellationToken)
    {
        var agreement = await AgreementTracker.GetOrAddAsync(Db, message.AgreementId, cancellationToken);
        var title = AgreementTracker.Named(agreement);
        var draft = new NotificationDraft(
            NotificationKinds.AgreementSuspended,
            NotificationSeverity.Yellow,
            RecordRef.Agreement(message.AgreementId),
            new($"协议已中止：{agreement.Title}", $"合作协议{title}已中止执行，理由：{message.Reason}"),
            new($"Agreement suspended: {agreement.Title}", $"The agreement {title} was suspended: {message.Reason}"));
        await NotifyAsync(message, draft, agreement.Parties.Select(Audience.OrganPeople), cancellationToken);
    }
}
