using Corridor.Contracts.Events;
using Corridor.Notifications.Inbox;
using Corridor.Notifications.Infrastructure;
using Corridor.Notifications.Recipients;
using Corridor.Notifications.Records;
using Corridor.Notifications.Texts;

namespace Corridor.Notifications.Problems;

/// <summary>A problem rejected: the raising organ learns why.</summary>
public sealed class ProblemRejectedConsumer(NotificationsDbContext db, NotificationWriter writer, TimeProvider clock, ILogger<ProblemRejectedConsumer> logger)
    : NotifyingConsumer<ProblemRejected>(db, writer, clock, logger)
{
    protected override async Task HandleAsync(ProblemRejected message, CancellationToken cancellationToken)
    {
        var problem = await ProblemTracker.GetOrAddAsync(Db, message.ProblemId, cancellationToken);
        problem.Handling(message.RaisedByRegionCode, message.HandlingRegionCode);
        problem.Advance(ProblemStage.Ended, message.AggregateVersion);
        var names = await NameBook.LoadAsync(Db, [], [message.HandlingRegionCode], cancellationToken);
        var title = ProblemTracker.Named(problem);
        var draft = new NotificationDraft(
            NotificationKinds.ProblemRejected,
            NotificationSeverity.Info,
            RecordRef.Problem(message.ProblemId),
            new($"问题未予受理：{problem.Title}", $"{names.Region(message.HandlingRegionCode)}未受理问题{title}。理由：{message.Reason}"),
            new($"Problem rejected: {problem.Title}", $"{names.Region(message.HandlingRegionCode)} rejected the problem {title}. Reason: {message.Reason}"));
        Audience[] audiences = problem.RaisedByOrganId.Length > 0
            ? [Audience.OrganPeople(problem.RaisedByOrganId)]
            : [Audience.Coordinators(message.RaisedByRegionCode)];
        await NotifyAsync(message, draft, audiences, cancellationToken);
    }
}
