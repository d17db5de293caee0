using Corridor.Contracts.Events;
using Corridor.Notifications.Inbox;
using Corridor.Notifications.Infrastructure;
using Corridor.Notifications.Recipients;
using Corridor.Notifications.Records;

namespace Corridor.Notifications.Problems;

/// <summary>A problem closed by its raiser: the responsible organ learns the rating.</summary>
public sealed class ProblemClosedConsumer(NotificationsDbContext db, NotificationWriter writer, TimeProvider clock, ILogger<ProblemClosedConsumer> logger)
    : NotifyingConsumer<ProblemClosed>(db, writer, clock, logger)
{
    protected override async Task HandleAsync(ProblemClosed message, CancellationToken cancellationToken)
    {
        var problem = await ProblemTracker.GetOrAddAsync(Db, message.ProblemId, cancellationToken);
        problem.Handling(message.RaisedByRegionCode, message.HandlingRegionCode);
        problem.Advance(ProblemStage.Ended, message.AggregateVersion);
        var title = ProblemTracker.Named(problem);
        var draft = new NotificationDraft(
            NotificationKinds.ProblemClosed,
            NotificationSeverity.Info,
            RecordRef.Problem(message.ProblemId),
            new($"问题已销号：{problem.Title}", $"提出单位确认问题{title}已解决并销号，满意度评价 {message.Satisfaction} 分（满分 5 分）。"),
            new($"Problem closed: {problem.Title}", $"The raiser confirmed {title} resolved and closed it, rating it {message.Satisfaction} of 5."));
        Audience[] audiences = problem.ResponsibleOrganId is { } organ ? [Audience.OrganPeople(organ)] : [];
        await NotifyAsync(message, draft, audiences, cancellationToken);
    }
}
