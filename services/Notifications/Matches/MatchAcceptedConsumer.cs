using Corridor.Contracts.Events;
using Corridor.Notifications.Inbox;
using Corridor.Notifications.Infrastructure;
using Corridor.Notifications.Recipients;
using Corridor.Notifications.Texts;

namespace Corridor.Notifications.Matches;

/// <summary>A proposed match accepted by the other side: the proposer's organ learns the resource is committed.</summary>
public sealed class MatchAcceptedConsumer(NotificationsDbContext db, NotificationWriter writer, TimeProvider clock, ILogger<MatchAcceptedConsumer> logger)
    : NotifyingConsumer<MatchAccepted>(db, writer, clock, logger)
{
    protected override async Task HandleAsync(MatchAccepted message, CancellationToken cancellationToken)
    {
        var proposer = MatchTexts.ProposerOf(message.RaisingOrganId, message.OfferingOrganId, message.AcceptedByOrganId);
        var names = await NameBook.LoadAsync(Db, [message.AcceptedByOrganId], [], cancellationToken);
        var problem = await MatchTexts.ProblemNamedAsync(Db, message.ProblemId, cancellationToken);
        var accepter = names.Organ(message.AcceptedByOrganId);
        var draft = new NotificationDraft(
            NotificationKinds.MatchAccepted,
            NotificationSeverity.Info,
            RecordRef.Match(message.MatchId),
            new($"资源对接已接受：{problem}", $"{accepter}接受了问题{problem}的资源对接。"),
            new($"Match accepted: {problem}", $"{accepter} accepted the match for the problem {problem}."));
        await NotifyAsync(message, draft, [Audience.OrganPeople(proposer)], cancellationToken);
    }
}
