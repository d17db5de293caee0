using Corridor.Contracts.Events;
using Corridor.Notifications.Inbox;
using Corridor.Notifications.Infrastructure;
using Corridor.Notifications.Recipients;
using Corridor.Notifications.Records;
using Corridor.Notifications.Texts;

namespace Corridor.Notifications.Problems;

/// <summary>A problem transferred (移交) to an organ of another region: that organ and its region's coordinators are to accept it.</summary>
public sealed class ProblemTransferredConsumer(
    NotificationsDbContext db, NotificationWriter writer, TimeProvider clock, ILogger<ProblemTransferredConsumer> logger)
    : NotifyingConsumer<ProblemTransferred>(db, writer, clock, logger)
{
    protected override async Task HandleAsync(ProblemTransferred message, CancellationToken cancellationToken)
    {
        var problem = await ProblemTracker.GetOrAddAsync(Db, message.ProblemId, cancellationToken);
        problem.Handling(message.RaisedByRegionCode, message.HandlingRegionCode);
        problem.Advance(ProblemStage.Transferred, message.AggregateVersion);
        var names = await NameBook.LoadAsync(Db, [message.ToOrganId], [message.FromRegionCode], cancellationToken);
        var title = ProblemTracker.Named(problem);
        var draft = new NotificationDraft(
            NotificationKinds.ProblemTransferred,
            NotificationSeverity.Info,
            RecordRef.Problem(message.ProblemId),
            new($"问题移交：{problem.Title}", $"{names.Region(message.FromRegionCode)}将问题{title}移交{names.Organ(message.ToOrganId)}，请及时受理。"),
            new($"Problem transferred: {problem.Title}", $"{names.Region(message.FromRegionCode)} transferred the problem {title} to {names.Organ(message.ToOrganId)}, which is to accept it."));
        await NotifyAsync(message, draft, [Audience.OrganPeople(message.ToOrganId), Audience.Coordinators(message.HandlingRegionCode)], cancellationToken);
    }
}
