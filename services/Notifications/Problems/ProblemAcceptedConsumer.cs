using Corridor.Contracts.Events;
using Corridor.Notifications.Inbox;
using Corridor.Notifications.Infrastructure;
using Corridor.Notifications.Recipients;
using Corridor.Notifications.Texts;

namespace Corridor.Notifications.Problems;

/// <summary>A problem accepted: the responsible and co-responsible organs are told what to handle and by when.</summary>
public sealed class ProblemAcceptedConsumer(NotificationsDbContext db, NotificationWriter writer, TimeProvider clock, ILogger<ProblemAcceptedConsumer> logger)
    : NotifyingConsumer<ProblemAccepted>(db, writer, clock, logger)
{
    protected override async Task HandleAsync(ProblemAccepted message, CancellationToken cancellationToken)
    {
        var problem = await ProblemTracker.GetOrAddAsync(Db, message.ProblemId, cancellationToken);
        problem.Handling(message.RaisedByRegionCode, message.HandlingRegionCode);
        problem.Accepted(message.ResponsibleOrganId, message.ResponsibleRegionCode, message.CoResponsibleOrganIds, message.DueDate, message.AggregateVersion);
        var names = await NameBook.LoadAsync(Db, [message.ResponsibleOrganId, .. message.CoResponsibleOrganIds], [], cancellationToken);
        var title = ProblemTracker.Named(problem);
        var due = message.DueDate.ToString("yyyy-MM-dd");
        var draft = new NotificationDraft(
            NotificationKinds.ProblemAccepted,
            NotificationSeverity.Info,
            RecordRef.Problem(message.ProblemId),
            new($"问题交办：{problem.Title}", $"问题{title}已受理，责任单位{names.Organ(message.ResponsibleOrganId)}，请于{due}前办结。"),
            new($"Problem assigned: {problem.Title}", $"The problem {title} was accepted; {names.Organ(message.ResponsibleOrganId)} is responsible and due to resolve it by {due}."));
        Audience[] audiences = [Audience.OrganPeople(message.ResponsibleOrganId), .. message.CoResponsibleOrganIds.Select(Audience.OrganPeople)];
        await NotifyAsync(message, draft, audiences, cancellationToken);
    }
}
