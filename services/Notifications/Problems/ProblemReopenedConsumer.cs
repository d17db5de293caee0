using Corridor.Contracts.Events;
using Corridor.Notifications.Inbox;
using Corridor.Notifications.Infrastructure;
using Corridor.Notifications.Recipients;
using Corridor.Notifications.Records;

namespace Corridor.Notifications.Problems;

/// <summary>A resolution not accepted: the problem is back with its responsible and co-responsible organs.</summary>
public sealed class ProblemReopenedConsumer(NotificationsDbContext db, NotificationWriter writer, TimeProvider clock, ILogger<ProblemReopenedConsumer> logger)
    : NotifyingConsumer<ProblemReopened>(db, writer, clock, logger)
{
    protected override async Task HandleAsync(ProblemReopened message, CancellationToken cancellationToken)
    {
        var problem = await ProblemTracker.GetOrAddAsync(Db, message.ProblemId, cancellationToken);
        problem.Handling(message.RaisedByRegionCode, message.HandlingRegionCode);
        problem.Advance(ProblemStage.Accepted, message.AggregateVersion);
        var title = ProblemTracker.Named(problem);
        var draft = new NotificationDraft(
            NotificationKinds.ProblemReopened,
            NotificationSeverity.Yellow,
            RecordRef.Problem(message.ProblemId),
            new($"问题退回重办：{problem.Title}", $"提出单位未认可问题{title}的办理结果，请继续办理。理由：{message.Reason}"),
            new($"Problem reopened: {problem.Title}", $"The raiser did not accept the resolution of {title}; it is to be handled again. Reason: {message.Reason}"));
        Audience[] audiences = problem.ResponsibleOrganId is { } organ
            ? [Audience.OrganPeople(organ), .. problem.CoResponsible.Select(Audience.OrganPeople)]
            : [Audience.Coordinators(message.HandlingRegionCode)];
        await NotifyAsync(message, draft, audiences, cancellationToken);
    }
}
