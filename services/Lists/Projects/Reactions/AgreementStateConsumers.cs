using Corridor.BuildingBlocks.Inbox;
using Corridor.Contracts.Events;
using Corridor.Lists.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Lists.Projects.Reactions;

/// <summary>Keeps <see cref="LinkedAgreement"/> current from one kind of agreement event, once per message (inbox).</summary>
public abstract class AgreementStateConsumer<TEvent>(ListsDbContext db, TimeProvider clock, ILogger logger)
    : InboxConsumer<TEvent, ListsDbContext>(db, clock, logger)
    where TEvent : class, IIntegrationEvent
{
    protected abstract string Status { get; }

    protected abstract string? ReasonOf(TEvent message);

    protected override async Task HandleAsync(TEvent message, CancellationToken cancellationToken)
    {
        var state = await Db.LinkedAgreements.SingleOrDefaultAsync(a => a.AgreementId == message.AggregateId, cancellationToken);
        if (state is null)
        {
            state = new LinkedAgreement(message.AggregateId);
            Db.LinkedAgreements.Add(state);
        }

        state.Apply(Status, ReasonOf(message), message.AggregateVersion, message.OccurredAt);
    }
}

public sealed class AgreementSuspendedConsumer(ListsDbContext db, TimeProvider clock, ILogger<AgreementSuspendedConsumer> logger)
    : AgreementStateConsumer<AgreementSuspended>(db, clock, logger)
{
    protected override string Status => "Suspended";

    protected override string? ReasonOf(AgreementSuspended message) => message.Reason;
}

public sealed class AgreementTerminatedConsumer(ListsDbContext db, TimeProvider clock, ILogger<AgreementTerminatedConsumer> logger)
    : AgreementStateConsumer<AgreementTerminated>(db, clock, logger)
{
    protected override string Status => "Terminated";

    protected override string? ReasonOf(AgreementTerminated message) => $"{message.Reason} ({message.DocumentReference})";
}

public sealed class AgreementExpiredConsumer(ListsDbContext db, TimeProvider clock, ILogger<AgreementExpiredConsumer> logger)
    : AgreementStateConsumer<AgreementExpired>(db, clock, logger)
{
    protected override string Status => "Expired";

    protected override string? ReasonOf(AgreementExpired message) => $"term ended {message.TermEnded:yyyy-MM-dd}";
}

public sealed class AgreementResumedConsumer(ListsDbContext db, TimeProvider clock, ILogger<AgreementResumedConsumer> logger)
    : AgreementStateConsumer<AgreementResumed>(db, clock, logger)
{
    protected override string Status => "Active";

    protected override string? ReasonOf(AgreementResumed message) => null;
}
