using Corridor.Contracts.Events;
using Corridor.Notifications.Inbox;
using Corridor.Notifications.Infrastructure;
using Corridor.Notifications.Recipients;
using Corridor.Notifications.Texts;

namespace Corridor.Notifications.Problems;

/// <summary>A problem escalated after staying overdue: the handling region's coordinators and the secretariat.</summary>
public sealed class ProblemEscalatedConsumer(NotificationsDbContext db, NotificationWriter writer, TimeProvider clock, ILogger<ProblemEscalatedConsumer> logger)
    : NotifyingConsumer<ProblemEscalated>(db, writer, clock, logger)
{
    protected override async Task HandleAsync(ProblemEscalated message, CancellationToken cancellationToken)
    {
        var problem = await ProblemTracker.GetOrAddAsync(Db, message.ProblemId, cancellationToken);
        problem.Handling(message.RaisedByRegionCode, message.HandlingRegionCode);
        var names = await NameBook.LoadAsync(Db, [message.ResponsibleOrganId], [message.HandlingRegionCode], cancellationToken);
        var title = ProblemTracker.Named(problem);
        var due = message.DueDate.ToString("yyyy-MM-dd");
        var responsible = message.ResponsibleOrganId is null ? "尚未明确责任单位" : $"责任单位{names.Organ(message.ResponsibleOrganId)}";
        var responsibleEn = message.ResponsibleOrganId is null ? "no responsible organ yet" : $"responsible: {names.Organ(message.ResponsibleOrganId)}";
        var draft = new NotificationDraft(
            NotificationKinds.ProblemEscalated,
            NotificationSeverity.Red,
            RecordRef.Problem(message.ProblemId),
            new($"问题升级督办：{problem.Title}", $"问题{title}（{names.Region(message.HandlingRegionCode)}，{responsible}）已超过办理时限 {due} 共 {message.DaysOverdue} 天，升级督办。"),
            new($"Escalated: {problem.Title}", $"The problem {title} ({names.Region(message.HandlingRegionCode)}, {responsibleEn}) is {message.DaysOverdue} days past its due date {due} and was escalated."));
        await NotifyAsync(message, draft, [Audience.Coordinators(message.HandlingRegionCode), Audience.Secretariat], cancellationToken);
    }
}
