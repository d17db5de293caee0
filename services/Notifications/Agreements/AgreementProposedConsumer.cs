using Corridor.Contracts.Events;
using Corridor.Notifications.Inbox;
using Corridor.Notifications.Infrastructure;
using Corridor.Notifications.Recipients;
using Corridor.Notifications.Texts;

namespace Corridor.Notifications.Agreements;

/// <summary>An agreement proposed: every party organ but the proposer is to sign it.</summary>
public sealed class AgreementProposedConsumer(NotificationsDbContext db, NotificationWriter writer, TimeProvider clock, ILogger<AgreementProposedConsumer> logger)
    : NotifyingConsumer<AgreementProposed>(db, writer, clock, logger)
{
    protected override async Task HandleAsync(AgreementProposed message, CancellationToken cancellationToken)
    {
        var agreement = await AgreementTracker.GetOrAddAsync(Db, message.AgreementId, cancellationToken);
        agreement.Named(message.Title);
        agreement.PartiesAre(message.PartyOrganIds, message.AggregateVersion);
        var names = await NameBook.LoadAsync(Db, [message.ProposedByOrganId], [], cancellationToken);
        var proposer = names.Organ(message.ProposedByOrganId);
        var term = message.TermEnd is { } end ? $"{message.TermStart:yyyy-MM-dd}—{end:yyyy-MM-dd}" : $"{message.TermStart:yyyy-MM-dd}—";
        var draft = new NotificationDraft(
            NotificationKinds.AgreementProposed,
            NotificationSeverity.Info,
            RecordRef.Agreement(message.AgreementId),
            new($"合作协议待签署：{message.Title}", $"{proposer}提出合作协议“{message.Title}”（{message.Kind}，期限 {term}），请审阅并签署。"),
            new($"Agreement to sign: {message.Title}", $"{proposer} proposed the agreement “{message.Title}” ({message.Kind}, term {term}); review and sign it."));
        var others = message.PartyOrganIds.Where(organ => organ != message.ProposedByOrganId).Select(Audience.OrganPeople);
        await NotifyAsync(message, draft, others, cancellationToken);
    }
}
