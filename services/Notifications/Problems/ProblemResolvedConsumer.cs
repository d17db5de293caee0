using Corridor.Contracts.Events;
using Corridor.Notifications.Inbox;
using Corridor.Notifications.Infrastructure;
using Corridor.Notifications.Recipients;
using Corridor.Notifications.Records;
using Corridor.Notifications.Texts;

namespace Corridor.Notifications.Problems;

/// <summary>A problem reported resolved: the raising organ is to confirm the resolution or reopen the problem.</summary>
public sealed class ProblemResolvedConsumer(NotificationsDbContext db, NotificationWriter writer, TimeProvider clock, ILogger<ProblemResolvedConsumer> logger)
    : NotifyingConsumer<ProblemResolved>(db, writer, clock, logger)
{
    protected override async Task HandleAsync(ProblemResolved message, CancellationToken cancellationToken)
    {
        var problem = await ProblemTracker.GetOrAddAsync(Db, message.ProblemId, cancellationToken);
        problem.Handling(message.RaisedByRegionCode, message.HandlingRegionCode);
        problem.Advance(ProblemStage.Resolved, message.AggregateVersion);
        var names = await NameBook.LoadAsync(Db, [message.ResponsibleOrganId], [], cancellationToken);
        var title = ProblemTracker.Named(problem);
        var draft = new NotificationDraft(
            NotificationKinds.ProblemResolved,
            NotificationSeverity.Info,
            RecordRef.Problem(message.ProblemId),
            new($"问题已办结待确认：{problem.Title}", $"{names.Organ(message.ResponsibleOrganId)}报告问题{title}已解决，请确认办理结果或退回重办。"),
            new($"Resolved, to confirm: {problem.Title}", $"{names.Organ(message.ResponsibleOrganId)} reported the problem {title} resolved; confirm the resolution or reopen it."));
        Audience[] audiences = problem.RaisedByOrganId.Length > 0
            ? [Audience.OrganPeople(problem.RaisedByOrganId)]
            : [Audience.Coordinators(message.RaisedByRegionCode)];
        await NotifyAsync(message, draft, audiences, cancellationToken);
    }
}
