using Corridor.Contracts.Events;
using Corridor.Notifications.Inbox;
using Corridor.Notifications.Infrastructure;
using Corridor.Notifications.Recipients;
using Corridor.Notifications.Texts;

namespace Corridor.Notifications.Matches;

/// <summary>A proposed match declined by the other side: the proposer's organ learns why.</summary>
public sealed class MatchDeclinedConsumer(NotificationsDbContext db, NotificationWriter writer, TimeProvider clock, ILogger<MatchDeclinedConsumer> logger)
    : NotifyingConsumer<MatchDeclined>(db, writer, clock, logger)
{
    protected override async Task HandleAsync(MatchDeclined message, CancellationToken cancellationToken)
    {
        var proposer = MatchTexts.ProposerOf(message.RaisingOrganId, message.OfferingOrganId, message.DeclinedByOrganId);
        var names = await NameBook.LoadAsync(Db, [message.DeclinedByOrganId], [], cancellationToken);
        var problem = await MatchTexts.ProblemNamedAsync(Db, message.ProblemId, cancellationToken);
        var decliner = names.Organ(message.DeclinedByOrganId);
        var draft = new NotificationDraft(
            NotificationKinds.MatchDeclined,
            NotificationSeverity.Info,
            RecordRef.Match(message.MatchId),
            new($"资源对接被婉拒：{problem}", $"{decliner}婉拒了问题{problem}的资源对接，理由：{message.Reason}"),
            new($"Match declined: {problem}", $"{decliner} declined the match for the problem {problem}: {message.Reason}"));
        await NotifyAsync(message, draft, [Audience.OrganPeople(proposer)], cancellationToken);
    }
}
