using Corridor.Contracts.Events;
using Corridor.Notifications.Inbox;
using Corridor.Notifications.Infrastructure;
using Corridor.Notifications.Recipients;
using Corridor.Notifications.Texts;

namespace Corridor.Notifications.Matches;

/// <summary>A resource proposed for a problem: the other side (the offering organ if the raiser proposed, else the raising organ) is to accept or decline.</summary>
public sealed class MatchProposedConsumer(NotificationsDbContext db, NotificationWriter writer, TimeProvider clock, ILogger<MatchProposedConsumer> logger)
    : NotifyingConsumer<MatchProposed>(db, writer, clock, logger)
{
    protected override async Task HandleAsync(MatchProposed message, CancellationToken cancellationToken)
    {
        var otherSide = message.ProposedByOrganId == message.RaisingOrganId ? message.OfferingOrganId : message.RaisingOrganId;
        var names = await NameBook.LoadAsync(Db, [message.ProposedByOrganId], [], cancellationToken);
        var problem = await MatchTexts.ProblemNamedAsync(Db, message.ProblemId, cancellationToken);
        var proposer = names.Organ(message.ProposedByOrganId);
        var draft = new NotificationDraft(
            NotificationKinds.MatchProposed,
            NotificationSeverity.Info,
            RecordRef.Match(message.MatchId),
            new($"资源对接待确认：{problem}", $"{proposer}提出以资源对接问题{problem}，请确认接受或婉拒。"),
            new($"Match to confirm: {problem}", $"{proposer} proposed a resource for the problem {problem}; accept or decline the match."));
        await NotifyAsync(message, draft, [Audience.OrganPeople(otherSide)], cancellationToken);
    }
}
