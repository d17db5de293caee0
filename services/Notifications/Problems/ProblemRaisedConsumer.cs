using Corridor.Contracts.Events;
using Corridor.Notifications.Inbox;
using Corridor.Notifications.Infrastructure;
using Corridor.Notifications.Recipients;
using Corridor.Notifications.Texts;

namespace Corridor.Notifications.Problems;

/// <summary>A problem raised: the handling region's coordinators are to accept (or reject) it.</summary>
public sealed class ProblemRaisedConsumer(NotificationsDbContext db, NotificationWriter writer, TimeProvider clock, ILogger<ProblemRaisedConsumer> logger)
    : NotifyingConsumer<ProblemRaised>(db, writer, clock, logger)
{
    protected override async Task HandleAsync(ProblemRaised message, CancellationToken cancellationToken)
    {
        var problem = await ProblemTracker.GetOrAddAsync(Db, message.ProblemId, cancellationToken);
        problem.Raised(message.Title, message.RaisedByOrganId, message.RaisedByRegionCode, message.HandlingRegionCode, message.AggregateVersion);
        var names = await NameBook.LoadAsync(Db, [message.RaisedByOrganId], [message.HandlingRegionCode], cancellationToken);
        var raiser = names.Organ(message.RaisedByOrganId);
        var draft = new NotificationDraft(
            NotificationKinds.ProblemRaised,
            NotificationSeverity.Info,
            RecordRef.Problem(message.ProblemId),
            new($"新问题待受理：{message.Title}", $"{raiser}提出问题“{message.Title}”（{message.Category}，{message.Severity}），请{names.Region(message.HandlingRegionCode)}受理并明确责任单位。"),
            new($"New problem to accept: {message.Title}", $"{raiser} raised “{message.Title}” ({message.Category}, {message.Severity}); {names.Region(message.HandlingRegionCode)} is to accept it and name the responsible organ."));
        await NotifyAsync(message, draft, [Audience.Coordinators(message.HandlingRegionCode)], cancellationToken);
    }
}
