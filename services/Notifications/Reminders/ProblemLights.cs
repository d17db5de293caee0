using Corridor.Notifications.Inbox;
using Corridor.Notifications.Infrastructure;
using Corridor.Notifications.Problems;
using Corridor.Notifications.Recipients;
using Corridor.Notifications.Records;
using Corridor.Notifications.Texts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Corridor.Notifications.Reminders;

/// <summary>
/// The yellow and red lights of problems being handled, in China days: due within
/// <see cref="ReminderOptions.ProblemDueSoonDays"/> → yellow to the responsible and co-responsible organs; past due →
/// red to the responsible organ and its region's coordinators. Each once per problem, light and due date, so a new due
/// date (after a reopening) lights again.
/// </summary>
public sealed class ProblemLights(NotificationsDbContext db, ReminderOnce once, IOptions<ReminderOptions> options, TimeProvider clock)
{
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var today = ChinaTime.Today(clock);
        var horizon = today.AddDays(options.Value.ProblemDueSoonDays);
        var watched = await db.Problems.AsNoTracking()
            .Where(p => p.Stage == ProblemStage.Accepted && p.DueDate != null && p.ResponsibleOrganId != null && p.DueDate <= horizon)
            .OrderBy(p => p.DueDate).ThenBy(p => p.ProblemId)
            .ToListAsync(cancellationToken);
        var sent = 0;
        foreach (var problem in watched)
        {
            var overdue = problem.DueDate < today;
            var key = Key(overdue ? NotificationKinds.ProblemOverdue : NotificationKinds.ProblemDueSoon, problem);
            if (await once.HasFiredAsync(key, cancellationToken))
            {
                continue;
            }

            var (draft, audiences) = overdue ? await OverdueAsync(problem, today, cancellationToken) : await DueSoonAsync(problem, today, cancellationToken);
            sent += await once.SendAsync(key, draft, audiences, cancellationToken) ? 1 : 0;
        }

        return sent;
    }

    public static string Key(string kind, TrackedProblem problem) => $"{kind}:{problem.ProblemId:N}:{problem.DueDate:yyyy-MM-dd}";

    private async Task<(NotificationDraft, Audience[])> DueSoonAsync(TrackedProblem problem, DateOnly today, CancellationToken cancellationToken)
    {
        var names = await NameBook.LoadAsync(db, [problem.ResponsibleOrganId], [], cancellationToken);
        var due = problem.DueDate!.Value;
        var days = due.DayNumber - today.DayNumber;
        var when = days == 0 ? "今天" : $"{days} 天后（{due:yyyy-MM-dd}）";
        var whenEn = days == 0 ? "today" : $"in {days} days ({due:yyyy-MM-dd})";
        var draft = new NotificationDraft(
            NotificationKinds.ProblemDueSoon,
            NotificationSeverity.Yellow,
            RecordRef.Problem(problem.ProblemId),
            new($"黄灯提醒：{problem.Title}", $"问题{ProblemTracker.Named(problem)}将于{when}到期，责任单位{names.Organ(problem.ResponsibleOrganId)}，请按时办结。"),
            new($"Due soon: {problem.Title}", $"The problem {ProblemTracker.Named(problem)} is due {whenEn}; {names.Organ(problem.ResponsibleOrganId)} is responsible for resolving it in time."));
        return (draft, [Audience.OrganPeople(problem.ResponsibleOrganId), .. problem.CoResponsible.Select(Audience.OrganPeople)]);
    }

    private async Task<(NotificationDraft, Audience[])> OverdueAsync(TrackedProblem problem, DateOnly today, CancellationToken cancellationToken)
    {
        var region = problem.ResponsibleRegionCode ?? problem.HandlingRegionCode;
        var names = await NameBook.LoadAsync(db, [problem.ResponsibleOrganId], [region], cancellationToken);
        var due = problem.DueDate!.Value;
        var late = today.DayNumber - due.DayNumber;
        var responsible = names.Organ(problem.ResponsibleOrganId);
        var draft = new NotificationDraft(
            NotificationKinds.ProblemOverdue,
            NotificationSeverity.Red,
            RecordRef.Problem(problem.ProblemId),
            new($"红灯警示：{problem.Title}", $"问题{ProblemTracker.Named(problem)}已超过办理时限 {due:yyyy-MM-dd}（逾期 {late} 天），责任单位{responsible}（{names.Region(region)}），请立即办理。"),
            new($"Overdue: {problem.Title}", $"The problem {ProblemTracker.Named(problem)} is past its due date {due:yyyy-MM-dd} ({late} days late); {responsible} ({names.Region(region)}) is responsible and must act now."));
        return (draft, [Audience.OrganPeople(problem.ResponsibleOrganId), Audience.Coordinators(region)]);
    }
}
