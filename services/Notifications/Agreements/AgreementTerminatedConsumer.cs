using Corridor.Contracts.Events;
using Corridor.Notifications.Inbox;
using Corridor.Notifications.Infrastructure;
using Corridor.Notifications.Recipients;

namespace Corridor.Notifications.Agreements;

/// <summary>An agreement terminated before its term: every party organ learns why and under which document.</summary>
public sealed class AgreementTerminatedConsumer(
    NotificationsDbContext db, NotificationWriter writer, TimeProvider clock, ILogger<AgreementTerminatedConsumer> logger)
    : NotifyingConsumer<AgreementTerminated>(db, writer, clock, logger)
{
    protected override async Task HandleAsync(AgreementTerminated message, CancellationToken cancellationToken)
    {
        var agreement = await AgreementTracker.GetOrAddAsync(Db, message.AgreementId, cancellationToken);
        var title = AgreementTracker.Named(agreement);
        var draft = new NotificationDraft(
            NotificationKinds.AgreementTerminated,
            NotificationSeverity.Yellow,
            RecordRef.Agreement(message.AgreementId),
            new($"协议已终止：{agreement.Title}", $"合作协议{title}已终止（依据 {message.DocumentReference}），理由：{message.Reason}"),
            new($"Agreement terminated: {agreement.Title}", $"The agreement {title} was terminated ({message.DocumentReference}): {message.Reason}"));
        await NotifyAsync(message, draft, agreement.Parties.Select(Audience.OrganPeople), cancellationToken);
    }
}
