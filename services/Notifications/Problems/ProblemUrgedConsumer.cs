using Corridor.Contracts.Events;
using Corridor.Notifications.Inbox;
using Corridor.Notifications.Infrastructure;
using Corridor.Notifications.Recipients;
using Corridor.Notifications.Texts;

namespace Corridor.Notifications.Problems;

/// <summary>
/// An urging (催办): the responsible and co-responsible organs' people once the problem is accepted; before that the
/// handling region's coordinators, who have yet to accept it.
/// </summary>
public sealed class ProblemUrgedConsumer(NotificationsDbContext db, NotificationWriter writer, TimeProvider clock, ILogger<ProblemUrgedConsumer> logger)
    : NotifyingConsumer<ProblemUrged>(db, writer, clock, logger)
{
    protected override async Task HandleAsync(ProblemUrged message, CancellationToken cancellationToken)
    {
        var problem = await ProblemTracker.GetOrAddAsync(Db, message.ProblemId, cancellationToken);
        problem.Handling(message.RaisedByRegionCode, message.HandlingRegionCode);
        var names = await NameBook.LoadAsync(
            Db, [message.UrgedByOrganId, problem.ResponsibleOrganId], [message.HandlingRegionCode], cancellationToken);
        var title = ProblemTracker.Named(problem);
        var urger = names.Organ(message.UrgedByOrganId);
        var due = problem.DueDate?.ToString("yyyy-MM-dd");
        var (actor, actorEn) = problem.ResponsibleOrganId is { } responsible
            ? (names.Organ(responsible), names.Organ(responsible))
            : (names.Region(message.HandlingRegionCode), names.Region(message.HandlingRegionCode));
        var draft = new NotificationDraft(
            NotificationKinds.ProblemUrged,
            NotificationSeverity.Yellow,
            RecordRef.Problem(message.ProblemId),
            new($"催办：{problem.Title}", $"{urger}对问题{title}进行了催办，请{actor}抓紧办理{(due is null ? "" : $"（办理时限 {due}）")}。"),
            new($"Urged: {problem.Title}", $"{urger} urged the problem {title}; {actorEn} is to act on it{(due is null ? "" : $" (due {due})")}."));
        Audience[] audiences = problem.ResponsibleOrganId is { } organ
            ? [Audience.OrganPeople(organ), .. problem.CoResponsible.Select(Audience.OrganPeople)]
            : [Audience.Coordinators(message.HandlingRegionCode)];
        await NotifyAsync(message, draft, audiences, cancellationToken);
    }
}
